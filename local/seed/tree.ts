import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { GroupDoc } from '../../cloudfunctions/common/db/models/members'
import { unitUnder, type BranchUnitDoc, type UnitDoc } from '../../cloudfunctions/common/db/models/units'

/** The demo 党委 at the top of the tree. */
export const ROOT_UNIT_ID = 'org'

export interface SeedBranch {
  _id: string
  name: string
  groups: GroupDoc[]
}

/**
 * The demo organisation's tree: one 党委 with the branches as its children (a
 * tree of depth one). Returns the branch units, whose `pathIds` the members carry.
 */
export const seedTree = async (db: Database, branches: readonly SeedBranch[], now: Date): Promise<BranchUnitDoc[]> => {
  const root: UnitDoc = unitUnder(null, { _id: ROOT_UNIT_ID, kind: 'committee', name: '公司党委', order: 1 }, now)
  const units = branches.map((branch, index) => unitUnder(root, { ...branch, kind: 'branch', order: index + 1 }, now))
  await db.collection(collections.units.name).add({ data: [root, ...units] })
  return units
}
