import type { EventDetail, EventSummary, LeaveView, MyStanding } from '../common/contract/events'
import type { CheckinDoc, EventDoc, LeaveDoc } from '../common/db/models/events'
import type { MemberDoc } from '../common/db/models/members'
import type { BranchUnitDoc } from '../common/db/models/units'
import { managesBranch } from '../common/rules/access'
import { readsAttendance } from './rules/access'
import { attendanceOf, checkinClosesAt, phaseOf } from './rules/schedule'

const iso = (value: Date | string) => new Date(value).toISOString()
const isoOrNull = (value: Date | string | null | undefined) => (value ? iso(value) : null)

const minutesBetween = (from: Date | string, to: Date | string) =>
  Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60000)

export const toStanding = (
  event: EventDoc,
  memberId: string,
  checkin: CheckinDoc | null,
  leave: LeaveDoc | null,
  now: Date,
): MyStanding => ({
  attendance: attendanceOf(event, memberId, checkin, leave, now),
  expected: event.expectedMemberIds.includes(memberId),
  checkedInAt: isoOrNull(checkin?.at),
  late: checkin?.late ?? false,
  leave: leave ? { status: leave.status, reason: leave.reason, decisionNote: leave.decisionNote ?? null } : null,
})

export const toSummary = (event: EventDoc, me: MyStanding, now: Date): EventSummary => ({
  id: event._id,
  branchId: event.branchId,
  type: event.type,
  title: event.title,
  venueName: event.venue.name,
  start: iso(event.start),
  end: iso(event.end),
  status: event.status,
  phase: phaseOf(event, now),
  method: event.method,
  me,
})

export interface DetailContext {
  viewer: MemberDoc
  branch: BranchUnitDoc | null
  me: MyStanding
  recordedByName: string
  now: Date
}

/** The event as the app shows it; the code secret is deliberately absent. */
export const toDetail = (event: EventDoc, { viewer, branch, me, recordedByName, now }: DetailContext): EventDetail => {
  const { venueName: _venueName, ...summary } = toSummary(event, me, now)
  return {
    ...summary,
    groupId: event.groupId,
    groupName: branch?.groups.find((group) => group.id === event.groupId)?.name ?? null,
    agenda: event.agenda,
    venue: { ...event.venue },
    checkinOpensAt: iso(event.checkinOpensAt),
    checkinClosesAt: iso(checkinClosesAt(event)),
    lateAfter: iso(event.lateAfter),
    opensBeforeMinutes: minutesBetween(event.checkinOpensAt, event.start),
    lateAfterMinutes: minutesBetween(event.start, event.lateAfter),
    expectedCount: event.expectedCount,
    expectedMemberIds: [...event.expectedMemberIds],
    minutes: event.minutes
      ? {
          host: event.minutes.host ?? '',
          recorder: event.minutes.recorder ?? '',
          agenda: event.minutes.agenda ?? '',
          text: event.minutes.text,
          decisions: event.minutes.decisions ?? '',
          photos: [...event.minutes.photos],
          recordedAt: iso(event.minutes.recordedAt),
          recordedByName,
        }
      : null,
    cancelledAt: isoOrNull(event.cancelledAt),
    cancelReason: event.cancelReason,
    canManage: managesBranch(viewer, event.branchId),
    canSeeAttendance: readsAttendance(viewer, branch ?? { _id: event.branchId, ancestors: [] }),
    serverNow: now.toISOString(),
  }
}

export const toLeaveView = (
  leave: LeaveDoc,
  event: Pick<EventDoc, 'title' | 'start'>,
  names: Map<string, MemberDoc>,
): LeaveView => ({
  eventId: leave.eventId,
  eventTitle: event.title,
  eventStart: iso(event.start),
  memberId: leave.memberId,
  memberName: names.get(leave.memberId)?.name ?? '',
  reason: leave.reason,
  status: leave.status,
  requestedAt: iso(leave.requestedAt),
  decidedAt: isoOrNull(leave.decidedAt),
  decidedByName: leave.decidedBy ? (names.get(leave.decidedBy)?.name ?? '') : null,
  decisionNote: leave.decisionNote ?? null,
})
