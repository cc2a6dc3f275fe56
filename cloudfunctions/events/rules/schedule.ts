import type { Attendance, EventPhase } from '../../common/contract/eventTypes'
import type { CheckinDoc, EventDoc, LeaveDoc } from '../../common/db/models/events'

/** Everything about time is decided by the server clock (`ctx.now`), never the phone's. */
type Timed = Pick<EventDoc, 'status' | 'start' | 'end' | 'checkinOpensAt' | 'checkinClosedAt'>

const ms = (value: Date | string) => new Date(value).getTime()

/**
 * Check-in closes at the end of the meeting, or earlier when the secretary
 * closed it explicitly. Recording minutes never closes it: the secretary's
 * screen and the members' pages read the same window.
 */
export const checkinClosesAt = (event: Pick<EventDoc, 'end' | 'checkinClosedAt'>): Date =>
  event.checkinClosedAt && ms(event.checkinClosedAt) < ms(event.end)
    ? new Date(event.checkinClosedAt)
    : new Date(event.end)

/** Past the end, or at or after the moment the secretary closed it. */
export const checkinClosed = (event: Pick<EventDoc, 'end' | 'checkinClosedAt'>, now: Date): boolean =>
  now.getTime() > ms(event.end) || (event.checkinClosedAt != null && now.getTime() >= ms(event.checkinClosedAt))

export const windowOpen = (event: Timed, now: Date): boolean =>
  event.status !== 'cancelled' && ms(event.checkinOpensAt) <= now.getTime() && !checkinClosed(event, now)

export const hasStarted = (event: Pick<EventDoc, 'start'>, now: Date): boolean => now.getTime() >= ms(event.start)

export const hasEnded = (event: Pick<EventDoc, 'end'>, now: Date): boolean => now.getTime() > ms(event.end)

export const isLate = (event: Pick<EventDoc, 'lateAfter'>, at: Date): boolean => at.getTime() > ms(event.lateAfter)

/** Minutes make an event 已召开 only once its check-in is over, so everyone sees 签到中 until then. */
export const phaseOf = (event: Timed, now: Date): EventPhase => {
  if (event.status === 'cancelled') return 'cancelled'
  if (now.getTime() < ms(event.checkinOpensAt)) return 'upcoming'
  if (!checkinClosed(event, now)) return 'open'
  return event.status === 'held' ? 'held' : 'ended'
}

/** One member's standing: a check-in wins over a leave, an approved leave over absence. */
export const attendanceOf = (
  event: Timed & Pick<EventDoc, 'expectedMemberIds'>,
  memberId: string,
  checkin: CheckinDoc | null,
  leave: LeaveDoc | null,
  now: Date,
): Attendance => {
  if (checkin) return checkin.late ? 'late' : 'checked_in'
  if (event.status === 'cancelled') return 'cancelled'
  if (!event.expectedMemberIds.includes(memberId)) return 'not_expected'
  return leave?.status === 'approved' ? 'on_leave' : uncheckedStanding(event, leave, now)
}

/** An expected member without a check-in or an approved leave, by the clock. */
const uncheckedStanding = (event: Timed, leave: LeaveDoc | null, now: Date): Attendance => {
  if (checkinClosed(event, now)) return 'absent'
  if (leave?.status === 'pending') return 'leave_pending'
  return now.getTime() < ms(event.checkinOpensAt) ? 'not_started' : 'can_check_in'
}
