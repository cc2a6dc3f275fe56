import type { RosterEntry } from '../../common/contract'
import type { Ending } from '../../common/contract/membership'
import type { Context } from '../../common/handler'
import { endRelation } from '../membership'

const ENDING_LABELS: Record<Ending, string> = { deceased: '去世', left: '出党' }

/** Membership ends (出党 or 去世) on a date with its reason; the entry and its history stay. */
export const endMembership = async (
  ctx: Context,
  input: { memberId: string; ending: Ending; on: string; reason: string },
): Promise<RosterEntry> =>
  endRelation(ctx, {
    memberId: input.memberId,
    on: input.on,
    status: input.ending,
    to: `${ENDING_LABELS[input.ending]}（${input.on}）：${input.reason}`,
  })
