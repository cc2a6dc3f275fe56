import type { RosterEntry } from '../../common/contract'
import type { Ending } from '../../common/contract/membership'
import type { Context } from '../../common/handler'
import { changeMember } from '../changeMember'
import { assertLeaves } from '../membership'

const ENDING_LABELS: Record<Ending, string> = { deceased: '去世', left: '出党' }

/** Membership ends (出党 or 去世) on a date with its reason; the entry and its history stay. */
export const endMembership = async (
  { db, caller, now }: Context,
  input: { memberId: string; ending: Ending; on: string; reason: string },
): Promise<RosterEntry> =>
  changeMember(db, caller, now, {
    memberId: input.memberId,
    apply: (member) => {
      assertLeaves(member, input.on, now)
      return {
        update: { status: input.ending, openid: null },
        kind: 'status',
        from: '正常',
        to: `${ENDING_LABELS[input.ending]}（${input.on}）：${input.reason}`,
      }
    },
  })
