import type { pointsContract } from '../common/contract/points'
import type { ActionTable } from '../common/handler'
import { awardManually } from './usecases/awardManually'
import { completeStudy } from './usecases/completeStudy'
import { getMaterial } from './usecases/getMaterial'
import { getRules } from './usecases/getRules'
import { listEntries } from './usecases/listEntries'
import { listMaterials } from './usecases/listMaterials'
import { myClaims } from './usecases/myClaims'
import { myPoints } from './usecases/myPoints'
import { getSettings, updateSettings } from './usecases/pointsSettings'
import { publishMaterial } from './usecases/publishMaterial'
import { rankBranches } from './usecases/rankBranches'
import { rankMembers } from './usecases/rankMembers'
import { reconcileTotals } from './usecases/reconcileTotals'
import { reverseEntry } from './usecases/reverseEntry'
import { reviewClaim } from './usecases/reviewClaim'
import { reviewQueue } from './usecases/reviewQueue'
import { startStudy } from './usecases/startStudy'
import { submitClaim } from './usecases/submitClaim'
import { updateMaterial } from './usecases/updateMaterial'
import { updateRules } from './usecases/updateRules'
import { withdrawMaterial } from './usecases/withdrawMaterial'

export const pointsActions: ActionTable<typeof pointsContract> = {
  getRules: { access: 'member', run: getRules },
  updateRules: { access: 'organisationAdmin', run: updateRules },
  myPoints: { access: 'member', run: myPoints },
  listEntries: { access: 'member', run: listEntries },
  awardManually: { access: ['secretary', 'admin'], run: awardManually },
  reverseEntry: { access: ['secretary', 'admin'], run: reverseEntry },
  listMaterials: { access: 'member', run: listMaterials },
  getMaterial: { access: 'member', run: getMaterial },
  publishMaterial: { access: ['secretary', 'admin'], run: publishMaterial },
  updateMaterial: { access: ['secretary', 'admin'], run: updateMaterial },
  withdrawMaterial: { access: ['secretary', 'admin'], run: withdrawMaterial },
  startStudy: { access: 'member', run: startStudy },
  completeStudy: { access: 'member', run: completeStudy },
  submitClaim: { access: 'member', run: submitClaim },
  myClaims: { access: 'member', run: myClaims },
  reviewQueue: { access: ['secretary'], run: reviewQueue },
  reviewClaim: { access: ['secretary', 'admin'], run: reviewClaim },
  rankMembers: { access: 'member', run: rankMembers },
  rankBranches: { access: 'member', run: rankBranches },
  reconcileTotals: { access: 'organisationAdmin', run: reconcileTotals },
  getSettings: { access: 'member', run: getSettings },
  updateSettings: { access: 'organisationAdmin', run: updateSettings },
}
