import type { UnitGrantView } from '../../common/contract'
import type { Context } from '../../common/handler'
import { changeGrant, type GrantInput } from '../units/changeGrant'
import { revoking } from '../units/grants'

/** Admin: takes a role on a unit away; the last grant of a leader or admin role takes the role with it. */
export const revokeRole = (ctx: Context, input: GrantInput): Promise<UnitGrantView[]> =>
  changeGrant(ctx, input, revoking)
