import type { Attendance } from '../common/contract/eventTypes'
import type { AttendanceCounts, AttendeeRow } from '../common/contract/events'
import type { Database } from '../common/db/database'
import { findBranch } from '../common/db/members'
import type { CheckinDoc, EventDoc, LeaveDoc } from '../common/db/models/events'
import type { MemberDoc } from '../common/db/models/members'
import type { BranchUnitDoc } from '../common/db/models/units'
import { attendanceOf } from './rules/schedule'
import { checkinsOfEvent, leavesOfEvent, membersById } from './store'

/** Listed in this order: who is missing first, so the secretary sees whom to chase. */
const ORDER: Attendance[] = ['can_check_in', 'not_started', 'absent', 'leave_pending', 'on_leave', 'late', 'checked_in']

export interface AttendanceSheet {
  event: EventDoc
  rows: AttendeeRow[]
  counts: AttendanceCounts
  leaves: LeaveDoc[]
  names: Map<string, MemberDoc>
}

const countRows = (rows: AttendeeRow[]): AttendanceCounts => {
  const count = (...states: Attendance[]) => rows.filter((row) => states.includes(row.attendance)).length
  return {
    expected: rows.length,
    checkedIn: count('checked_in', 'late'),
    late: count('late'),
    onLeave: count('on_leave'),
    absent: count('absent'),
    waiting: count('can_check_in', 'not_started', 'leave_pending'),
  }
}

/** How a check-in reads on the sheet: when, how, and who made it up and why; all null without one. */
const checkinFields = (checkin: CheckinDoc | null, names: Map<string, MemberDoc>) => {
  if (!checkin) return { at: null, method: null, distance: null, makeupReason: null, makeupByName: null }
  const { makeup } = checkin
  return {
    at: new Date(checkin.at).toISOString(),
    method: checkin.method,
    distance: checkin.distance,
    makeupReason: makeup?.reason ?? null,
    makeupByName: makeup ? (names.get(makeup.by)?.name ?? '') : null,
  }
}

const groupNameOf = (member: MemberDoc | undefined, branch: BranchUnitDoc | null): string | null =>
  branch?.groups.find((group) => group.id === member?.groupId)?.name ?? null

const toRow = (
  event: EventDoc,
  names: Map<string, MemberDoc>,
  memberId: string,
  checkin: CheckinDoc | null,
  leave: LeaveDoc | null,
  branch: BranchUnitDoc | null,
  now: Date,
): AttendeeRow => ({
  memberId,
  name: names.get(memberId)?.name ?? '（已移出名册）',
  groupName: groupNameOf(names.get(memberId), branch),
  // Someone checked in but later dropped from the list still attended.
  attendance: attendanceOf({ ...event, expectedMemberIds: [memberId] }, memberId, checkin, leave, now),
  ...checkinFields(checkin, names),
  leaveReason: leave?.reason ?? null,
})

/** Every expected member's standing for an event (the ledger reads the same sheet). */
export const attendanceSheet = async (db: Database, event: EventDoc, now: Date): Promise<AttendanceSheet> => {
  const [checkins, leaves, branch] = await Promise.all([
    checkinsOfEvent(db, event._id),
    leavesOfEvent(db, event._id),
    findBranch(db, event.branchId),
  ])
  const byMember = new Map(checkins.map((checkin) => [checkin.memberId, checkin]))
  const leaveOf = new Map(leaves.map((leave) => [leave.memberId, leave]))
  const memberIds = [...new Set([...event.expectedMemberIds, ...byMember.keys()])]
  const helpers = [...leaves.flatMap((leave) => leave.decidedBy ?? []), ...checkins.flatMap((c) => c.makeup?.by ?? [])]
  const names = await membersById(db, [...memberIds, ...helpers])
  const rows = memberIds
    .map((id) => toRow(event, names, id, byMember.get(id) ?? null, leaveOf.get(id) ?? null, branch, now))
    .sort((a, b) => ORDER.indexOf(a.attendance) - ORDER.indexOf(b.attendance) || a.name.localeCompare(b.name, 'zh'))
  return { event, rows, counts: countRows(rows), leaves, names }
}
