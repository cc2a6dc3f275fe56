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
import { moveMember } from './usecases/moveMember'
import { setRoles } from './usecases/setRoles'
import { unbindMember } from './usecases/unbindMember'

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
  memberHistory: { access: ['admin'], run: memberHistory },
  createReviewInvite: { access: ['admin'], run: createReviewInvite },
}
