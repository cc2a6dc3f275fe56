import type { UnitView } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { childrenOf, managedUnit, toUnitView, unitsOf } from '../units/store'

/** Admin: the order of a parent's children, given as every child's id exactly once. */
export const reorderUnits = async (
  { db, caller }: Context,
  input: { parentId: string; unitIds: string[] },
): Promise<UnitView[]> => {
  const parent = await managedUnit(db, caller.member, input.parentId)
  const children = await childrenOf(db, parent._id)
  const wanted = new Set(input.unitIds)
  const exact =
    wanted.size === input.unitIds.length &&
    children.length === wanted.size &&
    children.every((child) => wanted.has(child._id))
  if (!exact) throw new AppError('UNIT_ORDER_INVALID')
  const byId = new Map(children.map((child) => [child._id, child]))
  const ordered = input.unitIds.map((unitId, index) => ({ ...byId.get(unitId)!, order: index + 1 }))
  await Promise.all(
    ordered
      .filter((unit) => byId.get(unit._id)!.order !== unit.order)
      .map((unit) =>
        unitsOf(db)
          .doc(unit._id)
          .update({ data: { order: unit.order } }),
      ),
  )
  return ordered.map((unit) => toUnitView(unit, caller.member))
}
