import type { UnitGrantView } from '../../common/contract'
import type { Context } from '../../common/handler'
import { unitGrantViews } from '../units/grants'
import { managedUnit } from '../units/store'

/** Admin: who holds a leader, admin or secretary role on a unit of their subtree. */
export const unitGrants = async ({ db, caller }: Context, input: { unitId: string }): Promise<UnitGrantView[]> => {
  const unit = await managedUnit(db, caller.member, input.unitId)
  return unitGrantViews(db, unit._id)
}
