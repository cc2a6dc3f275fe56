import type { UnitView } from '../../common/contract'
import type { Context } from '../../common/handler'
import { overseenUnits, toUnitView } from '../units/store'

/** 组织架构: the units the caller oversees (a leader's or admin's granted subtrees), depth first. */
export const listUnits = async ({ db, caller }: Context): Promise<UnitView[]> =>
  (await overseenUnits(db, caller.member)).map((unit) => toUnitView(unit, caller.member))
