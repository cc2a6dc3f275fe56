import type { MemberDoc } from '../../common/db/models/members'
import { AppError } from '../../common/errors'
import { assertSeesRecord, belongsTo, managesBranch, readsOrganisation } from '../../common/rules/access'

/** Attendance names are for the branch's committee and secretary, and org-wide readers. */
export const readsAttendance = (member: MemberDoc, branchId: string): boolean =>
  readsOrganisation(member) ||
  (belongsTo(member, branchId) && (member.roles.includes('committee') || managesBranch(member, branchId)))

export const assertReadsAttendance = (member: MemberDoc, branchId: string): void => {
  if (!readsAttendance(member, branchId)) throw new AppError('FORBIDDEN', '只有本支部支委和书记可以查看考勤')
}

/** One event's attendance: missing to whoever cannot see the event, refused to its branch's plain members. */
export const assertReadsEventAttendance = (member: MemberDoc, event: { branchId: string }): void => {
  assertSeesRecord(member, 'event', event.branchId)
  assertReadsAttendance(member, event.branchId)
}
