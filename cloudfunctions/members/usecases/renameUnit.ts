import type { UnitView } from '../../common/contract'
import type { Context } from '../../common/handler'
import { assertNameFree, childrenOf, managedUnit, toUnitView, unitsOf } from '../units/store'

/** Admin: a unit's new name, different from its siblings'. */
export const renameUnit = async (
  { db, caller }: Context,
  input: { unitId: string; name: string },
): Promise<UnitView> => {
  const unit = await managedUnit(db, caller.member, input.unitId)
  assertNameFree(await childrenOf(db, unit.parentId), input.name, unit._id)
  await unitsOf(db)
    .doc(unit._id)
    .update({ data: { name: input.name } })
  return toUnitView({ ...unit, name: input.name }, caller.member)
}
