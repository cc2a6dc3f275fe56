import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { BranchDoc } from '../../cloudfunctions/common/db/models/members'
import { pathIds, type UnitDoc } from '../../cloudfunctions/common/db/models/units'

/**
 * The demo group's tree:
 *
 * 集团党委
 * ├─ 一分公司党委: 第一支部, 第八支部, 机关党总支 (第二支部, 第五支部, 第六支部)
 * ├─ 二分公司党委: 第三支部, 第四支部, 第七支部
 * └─ 集团机关党支部, 离退休党支部
 *
 * Branches b5–b10 exist in the full group only (`npm run dev`, browser
 * suites); function tests seed b1–b4, which keep their places.
 */
export const UNIT_IDS = { group: 'u-group', first: 'u-c1', second: 'u-c2', general: 'u-g1' } as const

const unit = (_id: string, kind: UnitDoc['kind'], name: string, parent: UnitDoc | null, order: number): UnitDoc => ({
  _id,
  kind,
  name,
  parentId: parent?._id ?? null,
  ancestors: parent ? pathIds(parent) : [],
  order,
  groups: [],
  createdAt: new Date(0),
})

const group = unit(UNIT_IDS.group, 'committee', '集团党委', null, 1)
const first = unit(UNIT_IDS.first, 'committee', '一分公司党委', group, 1)
const second = unit(UNIT_IDS.second, 'committee', '二分公司党委', group, 2)
const general = unit(UNIT_IDS.general, 'general', '机关党总支', first, 3)

const COMMITTEES = [group, first, second, general]

/** Each branch's parent; its order among siblings is its own order. */
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

/** The branch's path from the top: what its members carry as `unitIds`. */
export const unitPathOf = (branchId: string): string[] => [...pathIds(PARENT[branchId]), branchId]

const branchUnit = (branch: BranchDoc, createdAt: Date): UnitDoc => ({
  ...unit(branch._id, 'branch', branch.name, PARENT[branch._id], branch.order),
  groups: branch.groups,
  createdAt,
})

/** Writes the tree: the 党委 and 党总支 above, and every seeded branch as a unit. */
export const seedTree = async (db: Database, now: Date, branches: readonly BranchDoc[]): Promise<void> => {
  await db.collection(collections.units.name).add({
    data: [...COMMITTEES.map((item) => ({ ...item, createdAt: now })), ...branches.map((b) => branchUnit(b, now))],
  })
}
