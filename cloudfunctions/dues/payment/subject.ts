import type { Database } from '../../common/db/database'
import { getMember } from '../../common/db/members'
import type { MemberDoc } from '../../common/db/models/members'
import { AppError } from '../../common/errors'
import { assertManagesRecord } from '../../common/rules/access'
import { homePlace } from '../../common/db/models/units'

/**
 * Whose dues a payment settles. A member pays their own; paying for another
 * member (代缴) needs the rights of that member's branch secretary and a note
 * saying who pays and why. Another branch's member answers like a missing one.
 */
export const paymentSubject = async (
  db: Database,
  caller: MemberDoc,
  memberId: string | undefined,
  note: string | undefined,
  message = '只有本支部书记可以代缴他人党费',
): Promise<{ member: MemberDoc; onBehalf: boolean }> => {
  if (!memberId || memberId === caller._id) return { member: caller, onBehalf: false }
  const member = await getMember(db, memberId)
  assertManagesRecord(caller, 'member', homePlace(member), message)
  if (!note) throw new AppError('DUES_NOTE_REQUIRED', undefined, 'note')
  return { member, onBehalf: true }
}
