import type { RosterEntry } from '../../common/contract'
import type { Context } from '../../common/handler'
import { changeMember } from '../changeMember'
import { assertLeaves } from '../membership'

/** The member's 组织关系 leaves for another organisation (with its 介绍信); they keep their history, as 已转出. */
export const transferOut = async (
  { db, caller, now }: Context,
  input: { memberId: string; on: string; destination: string; letterNo: string },
): Promise<RosterEntry> =>
  changeMember(db, caller, now, {
    memberId: input.memberId,
    apply: (member) => {
      assertLeaves(member, input.on, now)
      return {
        update: { status: 'transferred', openid: null },
        kind: 'status',
        from: '正常',
        to: `已转出：${input.destination}（介绍信 ${input.letterNo}，${input.on}）`,
      }
    },
  })
