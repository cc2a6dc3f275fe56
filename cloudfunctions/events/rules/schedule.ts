import type { Attendance, EventPhase } from '../../common/contract/eventTypes'
import type { CheckinDoc, EventDoc, LeaveDoc } from '../../common/db/models/events'

/** Everything about time is decided by the server clock (`ctx.now`), never the phone's. */
type Timed = Pick<EventDoc, 'status' | 'start' | 'end' | 'checkinOpensAt'>

const ms = (value: Date | string) => new Date(value).getTime()

export const windowOpen = (event: Timed, now: Date): boolean =>
  event.status !== 'cancelled' && ms(event.checkinOpensAt) <= now.getTime() && now.getTime() <= ms(event.end)

export const hasStarted = (event: Pick<EventDoc, 'start'>, now: Date): boolean => now.getTime() >= ms(event.start)

export const hasEnded = (event: Pick<EventDoc, 'end'>, now: Date): boolean => now.getTime() > ms(event.end)

export const isLate = (event: Pick<EventDoc, 'lateAfter'>, at: Date): boolean => at.getTime() > ms(event.lateAfter)

export const phaseOf = (event: Timed, now: Date): EventPhase => {
  if (event.status === 'cancelled') return 'cancelled'
  if (event.status === 'held') return 'held'
  if (now.getTime() < ms(event.checkinOpensAt)) return 'upcoming'
  return now.getTime() <= ms(event.end) ? 'open' : 'ended'
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
  if (leave?.status === 'approved') return 'on_leave'
  if (leave?.status === 'pending' && !hasEnded(event, now)) return 'leave_pending'
  if (hasEnded(event, now)) return 'absent'
  return now.getTime() < ms(event.checkinOpensAt) ? 'not_started' : 'can_check_in'
}
