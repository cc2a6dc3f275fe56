import type { UnitView } from '../../cloudfunctions/common/contract'
import { moveTargets, shiftedOrder, unitLines } from '../../src/utils/units'

const unit = (id: string, kind: UnitView['kind'], ancestors: string[], order: number, canManage = true): UnitView => ({
  id,
  kind,
  name: id,
  parentId: ancestors.at(-1) ?? null,
  ancestors,
  order,
  canManage,
})

/** 集团党委 › (一分公司党委 › 机关党总支 › b2), b1; b9 under the root; as listUnits returns them, depth first. */
const TREE = [
  unit('org', 'committee', [], 1),
  unit('c1', 'committee', ['org'], 1),
  unit('b1', 'branch', ['org', 'c1'], 1),
  unit('g1', 'general', ['org', 'c1'], 2),
  unit('b2', 'branch', ['org', 'c1', 'g1'], 1),
  unit('b9', 'branch', ['org'], 2),
]

describe('the 组织架构 list (client)', () => {
  it('indents each unit by its depth below the highest one listed', () => {
    expect(unitLines(TREE).map((line) => line.depth)).toEqual([0, 1, 2, 2, 3, 1])
    expect(unitLines(TREE.slice(1, 5)).map((line) => line.depth)).toEqual([0, 1, 1, 2])
  })

  it('offers as new parents the managed 党委 and 党总支 outside the unit, not its parent now', () => {
    expect(moveTargets(TREE, TREE[1]).map((target) => target.id)).toEqual([])
    expect(moveTargets(TREE, TREE[4]).map((target) => target.id)).toEqual(['org', 'c1'])
    expect(moveTargets(TREE, TREE[5]).map((target) => target.id)).toEqual(['c1', 'g1'])
    const subtreeAdmin = TREE.map((item) => ({ ...item, canManage: item.id !== 'org' }))
    expect(moveTargets(subtreeAdmin, subtreeAdmin[4]).map((target) => target.id)).toEqual(['c1'])
  })

  it('swaps a unit with its neighbour among the siblings, only under a parent the admin manages', () => {
    expect(shiftedOrder(TREE, TREE[5], -1)).toEqual(['b9', 'c1'])
    expect(shiftedOrder(TREE, TREE[5], 1)).toBeNull()
    expect(shiftedOrder(TREE, TREE[2], 1)).toEqual(['g1', 'b1'])
    expect(shiftedOrder(TREE, TREE[0], 1)).toBeNull()
    const subtreeAdmin = TREE.map((item) => ({ ...item, canManage: item.id !== 'org' }))
    expect(shiftedOrder(subtreeAdmin, subtreeAdmin[5], -1)).toBeNull()
  })
})
