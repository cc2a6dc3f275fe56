import type { MemberDoc } from '../common/db/models/members'
import { AppError } from '../common/errors'
import { dayKey } from '../common/periods'

/** Only an active member's relation can end, on a day that has come (a roster records what happened). */
export const assertLeaves = (member: MemberDoc, on: string, now: Date): void => {
  if (member.status !== 'active') throw new AppError('MEMBERSHIP_NOT_ACTIVE')
  if (on > dayKey(now)) throw new AppError('MEMBERSHIP_DATE_INVALID', undefined, 'on')
}
