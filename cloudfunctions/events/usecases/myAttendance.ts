import type { Attendance, MyAttendance } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { attendanceId, type EventDoc } from '../../common/db/models/events'
import { periodKey, periodRange } from '../../common/periods'
import { hasEnded } from '../rules/schedule'
import { attendanceDocs, branchEventsBetween, membersById } from '../store'
import { toLeaveView, toStanding, toSummary } from '../views'

const COUNTED: Partial<Record<Attendance, keyof MyAttendance['counts']>> = {
  checked_in: 'present',
  late: 'late',
  on_leave: 'onLeave',
  absent: 'absent',
}

/**
 * The caller's own record for a year: the events of their branch they were
 * expected at that have started, each with their standing, the year's figures
 * over the ended ones, and every leave request with its decision.
 */
export const myAttendance = async ({ db, caller, now }: Context, input: { year?: number }): Promise<MyAttendance> => {
  const me = caller.member._id
  const year = input.year ?? Number(periodKey('year', now))
  const { start, end } = periodRange('year', String(year))
  const events = (await branchEventsBetween(db, caller.member.branchId, start, end)).filter((event) =>
    event.expectedMemberIds.includes(me),
  )
  const { checkins, leaves } = await attendanceDocs(
    db,
    events.map((event) => event._id),
    me,
  )
  const standingOf = (event: EventDoc) => {
    const key = attendanceId(event._id, me)
    return toStanding(event, me, checkins.get(key) ?? null, leaves.get(key) ?? null, now)
  }
  const started = events.filter((event) => event.start.getTime() <= now.getTime()).reverse()
  const summaries = started.map((event) => toSummary(event, standingOf(event), now))
  const counts = { expected: 0, present: 0, late: 0, onLeave: 0, absent: 0 }
  for (const [index, summary] of summaries.entries()) {
    const counted = COUNTED[summary.me.attendance]
    if (!counted || !hasEnded(started[index], now)) continue
    counts.expected++
    counts[counted]++
  }
  const byEvent = new Map(events.map((event) => [event._id, event]))
  const myLeaves = [...leaves.values()]
  const names = await membersById(db, [me, ...myLeaves.flatMap((leave) => leave.decidedBy ?? [])])
  return {
    year,
    counts,
    events: summaries,
    leaves: myLeaves
      .map((leave) => toLeaveView(leave, byEvent.get(leave.eventId) as EventDoc, names))
      .sort((a, b) => b.eventStart.localeCompare(a.eventStart)),
  }
}
