import type { LiveAttendance } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { attendanceSheet } from '../attendanceSheet'
import { assertReadsEventAttendance } from '../rules/access'
import { phaseOf, windowOpen } from '../rules/schedule'
import { getEventDoc } from '../store'
import { toLeaveView } from '../views'
import { placeOf } from '../../common/db/units'

/** Checked in, late, on leave and absent, with names; the secretary's screen refreshes it during the window. */
export const liveAttendance = async (ctx: Context, input: { eventId: string }): Promise<LiveAttendance> => {
  const event = await getEventDoc(ctx.db, input.eventId)
  assertReadsEventAttendance(ctx.caller.member, await placeOf(ctx.db, ctx.caller.member, event.branchId))
  const { rows, counts, leaves, names } = await attendanceSheet(ctx.db, event, ctx.now)
  return {
    eventId: event._id,
    title: event.title,
    phase: phaseOf(event, ctx.now),
    windowOpen: windowOpen(event, ctx.now),
    counts,
    attendees: rows,
    pendingLeaves: leaves
      .filter((leave) => leave.status === 'pending')
      .map((leave) => toLeaveView(leave, event, names)),
    serverNow: ctx.now.toISOString(),
  }
}
