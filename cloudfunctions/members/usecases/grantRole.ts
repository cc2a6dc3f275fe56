import type { UnitGrantView } from '../../common/contract'
import type { Context } from '../../common/handler'
import { changeGrant, type GrantInput } from '../units/changeGrant'
import { granting } from '../units/grants'

/** Admin: a leader, admin or (党委 / 党总支) secretary role on a unit of their subtree, reaching everything below it. */
export const grantRole = (ctx: Context, input: GrantInput): Promise<UnitGrantView[]> =>
  changeGrant(ctx, input, granting)
