import type { BranchEventRow } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { attendanceId, type CheckinDoc, type EventDoc, type LeaveDoc } from '../../common/db/models/events'
import { periodRange } from '../../common/periods'
import { assertReadsAttendance } from '../rules/access'
import { branchEventsBetween, checkinsOf, leavesOf } from '../store'
import { toStanding, toSummary } from '../views'
import { placeOf } from '../../common/db/units'

export interface MonthAttendance {
  events: EventDoc[]
  checkins: CheckinDoc[]
  leaves: LeaveDoc[]
}

/** A branch's events starting in one month (Asia/Shanghai) with their check-ins and leave. */
export const monthAttendance = async (ctx: Context, branchId: string, month: string): Promise<MonthAttendance> => {
  const { db } = ctx
  const { start, end } = periodRange('month', month)
  const events = await branchEventsBetween(db, branchId, start, end)
  if (!events.length) return { events, checkins: [], leaves: [] }
  const eventIds = db.command.in(events.map((event) => event._id))
  const [checkins, leaves] = await Promise.all([
    checkinsOf(db).where({ eventId: eventIds }).limit(1000).get(),
    leavesOf(db).where({ eventId: eventIds }).limit(1000).get(),
  ])
  return { events, checkins: checkins.data, leaves: leaves.data }
}

/** 支部活动: a month of the branch's events with checked-in, late and leave figures. */
export const listBranchEvents = async (
  ctx: Context,
  input: { branchId?: string; month: string },
): Promise<BranchEventRow[]> => {
  const { caller, now } = ctx
  const branchId = input.branchId ?? caller.member.branchId
  assertReadsAttendance(caller.member, await placeOf(ctx.db, caller.member, branchId))
  const { events, checkins, leaves } = await monthAttendance(ctx, branchId, input.month)
  const me = caller.member._id
  return events.map((event) => {
    const own = checkins.filter((checkin) => checkin.eventId === event._id)
    const myCheckin = own.find((checkin) => checkin.memberId === me) ?? null
    const myLeave = leaves.find((leave) => leave._id === attendanceId(event._id, me)) ?? null
    const standing = toStanding(event, me, myCheckin, myLeave, now)
    return {
      ...toSummary(event, standing, now),
      expectedCount: event.expectedCount,
      checkedInCount: own.length,
      lateCount: own.filter((checkin) => checkin.late).length,
      leaveCount: leaves.filter((leave) => leave.eventId === event._id && leave.status === 'approved').length,
    }
  })
}
