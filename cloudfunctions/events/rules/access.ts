import type { MemberDoc } from '../../common/db/models/members'
import { AppError } from '../../common/errors'
import { assertSeesRecord, belongsTo, managesBranch, readsUnit, type Place } from '../../common/rules/access'

/** Attendance names are for the branch's committee and secretary, and the leaders and admins above it. */
export const readsAttendance = (member: MemberDoc, place: Place): boolean =>
  readsUnit(member, place) ||
  (belongsTo(member, place._id) && (member.roles.includes('committee') || managesBranch(member, place._id)))

export const assertReadsAttendance = (member: MemberDoc, place: Place): void => {
  if (!readsAttendance(member, place)) throw new AppError('FORBIDDEN', '只有本支部支委和书记可以查看考勤')
}

/** One event's attendance: missing to whoever cannot see the event, refused to its branch's plain members. */
export const assertReadsEventAttendance = (member: MemberDoc, place: Place): void => {
  assertSeesRecord(member, 'event', place)
  assertReadsAttendance(member, place)
}
