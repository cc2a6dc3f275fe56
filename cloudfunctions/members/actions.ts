import type { membersContract } from '../common/contract/members'
import type { ActionTable } from '../common/handler'
import { bindMember } from './usecases/bindMember'
import { createInvite } from './usecases/createInvite'
import { createReviewInvite } from './usecases/createReviewInvite'
import { getMe } from './usecases/getMe'
import { importRoster } from './usecases/importRoster'
import { listBranches } from './usecases/listBranches'
import { listRoster } from './usecases/listRoster'
import { searchRoster } from './usecases/searchRoster'
import { memberHistory } from './usecases/memberHistory'
import { endMembership } from './usecases/endMembership'
import { moveMember } from './usecases/moveMember'
import { transferIn } from './usecases/transferIn'
import { transferOut } from './usecases/transferOut'
import { setRoles } from './usecases/setRoles'
import { unbindMember } from './usecases/unbindMember'
import { listUnits } from './usecases/listUnits'
import { createUnit } from './usecases/createUnit'
import { renameUnit } from './usecases/renameUnit'
import { moveUnit } from './usecases/moveUnit'
import { reorderUnits } from './usecases/reorderUnits'
import { deleteUnit } from './usecases/deleteUnit'
import { unitGrants } from './usecases/unitGrants'
import { grantRole } from './usecases/grantRole'
import { revokeRole } from './usecases/revokeRole'

export const membersActions: ActionTable<typeof membersContract> = {
  getMe: { access: 'anyone', run: getMe },
  bind: { access: 'anyone', run: bindMember },
  listBranches: { access: 'member', run: listBranches },
  listRoster: { access: ['secretary', 'leader', 'admin'], run: listRoster },
  searchRoster: { access: ['admin'], run: searchRoster },
  createInvite: { access: ['secretary'], run: createInvite },
  importRoster: { access: ['admin'], run: importRoster },
  setRoles: { access: ['admin'], run: setRoles },
  moveMember: { access: ['admin'], run: moveMember },
  unbind: { access: ['admin'], run: unbindMember },
  transferOut: { access: ['admin'], run: transferOut },
  transferIn: { access: ['admin'], run: transferIn },
  endMembership: { access: ['admin'], run: endMembership },
  memberHistory: { access: ['admin'], run: memberHistory },
  createReviewInvite: { access: 'organisationAdmin', run: createReviewInvite },
  listUnits: { access: ['leader', 'admin'], run: listUnits },
  createUnit: { access: ['admin'], run: createUnit },
  renameUnit: { access: ['admin'], run: renameUnit },
  moveUnit: { access: ['admin'], run: moveUnit },
  reorderUnits: { access: ['admin'], run: reorderUnits },
  deleteUnit: { access: ['admin'], run: deleteUnit },
  unitGrants: { access: ['admin'], run: unitGrants },
  grantRole: { access: ['admin'], run: grantRole },
  revokeRole: { access: ['admin'], run: revokeRole },
}
