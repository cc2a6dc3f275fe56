import type { RosterEntry } from '../../common/contract'
import type { Context } from '../../common/handler'
import { endRelation } from '../membership'

/** The member's 组织关系 leaves for another organisation (with its 介绍信); they keep their history, as 已转出. */
export const transferOut = async (
  ctx: Context,
  input: { memberId: string; on: string; destination: string; letterNo: string },
): Promise<RosterEntry> =>
  endRelation(ctx, {
    memberId: input.memberId,
    on: input.on,
    status: 'transferred',
    to: `已转出：${input.destination}（介绍信 ${input.letterNo}，${input.on}）`,
  })
