import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { GroupDoc } from '../../cloudfunctions/common/db/models/members'
import { pathIds, unitUnder, type UnitDoc } from '../../cloudfunctions/common/db/models/units'

/** The top of every demo tree. */
export const ROOT_UNIT_ID = 'org'

/**
 * The demo group's tree (`npm run dev`, browser suites, seeds with history):
 *
 * 集团党委
 * ├─ 一分公司党委: 第一支部, 第八支部, 机关党总支 (第二支部, 第五支部, 第六支部)
 * ├─ 二分公司党委: 第三支部, 第四支部, 第七支部
 * └─ 集团机关党支部, 离退休党支部
 *
 * Function tests seed the single-党委 case instead, a tree of depth one: the
 * root (公司党委) with 第一支部 … 第四支部 as its children; tests that need depth grow it
 * through the units admin's actions (test/units/helpers.ts).
 */
export const UNIT_IDS = { group: ROOT_UNIT_ID, first: 'u-c1', second: 'u-c2', general: 'u-g1' } as const

export interface SeedBranch {
  _id: string
  name: string
  order: number
  groups: GroupDoc[]
}

const EPOCH = new Date(0)
const group = unitUnder(null, { _id: UNIT_IDS.group, kind: 'committee', name: '集团党委', order: 1 }, EPOCH)
const first = unitUnder(group, { _id: UNIT_IDS.first, kind: 'committee', name: '一分公司党委', order: 1 }, EPOCH)
const second = unitUnder(group, { _id: UNIT_IDS.second, kind: 'committee', name: '二分公司党委', order: 2 }, EPOCH)
const general = unitUnder(first, { _id: UNIT_IDS.general, kind: 'general', name: '机关党总支', order: 3 }, EPOCH)

const COMMITTEES = [group, first, second, general]

/** Each branch's parent in the group; its order among siblings is its own order. */
const PARENT: Record<string, UnitDoc> = {
  b1: first,
  b2: general,
  b3: second,
  b4: second,
  b5: general,
  b6: general,
  b7: second,
  b8: first,
  b9: group,
  b10: group,
}

const parentOf = (branchId: string, deep: boolean): UnitDoc => (deep ? PARENT[branchId] : group)

/** The branch's path from the top: what its members carry as `unitIds`. */
export const unitPathOf = (branchId: string, deep: boolean): string[] => [
  ...pathIds(parentOf(branchId, deep)),
  branchId,
]

/** Writes the tree: the group's 党委 and 党总支 above (only the root when not `deep`), and every branch. */
export const seedTree = async (
  db: Database,
  now: Date,
  branches: readonly SeedBranch[],
  deep: boolean,
): Promise<void> => {
  // The single-党委 case is a company's own 党委, not a group's.
  const above = deep ? COMMITTEES : [{ ...group, name: '公司党委' }]
  const units = branches.map((branch) => unitUnder(parentOf(branch._id, deep), { ...branch, kind: 'branch' }, now))
  await db.collection(collections.units.name).add({
    data: [...above.map((unit) => ({ ...unit, createdAt: now })), ...units],
  })
}
