import type { MemberStatus, RosterEntry } from '../common/contract'
import type { Context } from '../common/handler'
import { AppError } from '../common/errors'
import { dayKey } from '../common/periods'
import { changeMember } from './changeMember'

/**
 * An active member's relation ends (转出, 出党, 去世) on a day that has come:
 * the entry takes `status`, loses its binding, and its history says `to`.
 */
export const endRelation = (
  { db, caller, now }: Context,
  change: { memberId: string; on: string; status: Exclude<MemberStatus, 'active'>; to: string },
): Promise<RosterEntry> =>
  changeMember(db, caller, now, {
    memberId: change.memberId,
    apply: (member) => {
      if (member.status !== 'active') throw new AppError('MEMBERSHIP_NOT_ACTIVE')
      if (change.on > dayKey(now)) throw new AppError('MEMBERSHIP_DATE_INVALID', undefined, 'on')
      return { update: { status: change.status, openid: null }, kind: 'status', from: '正常', to: change.to }
    },
  })
