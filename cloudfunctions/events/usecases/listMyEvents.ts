import type { EventSummary } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { attendanceId } from '../../common/db/models/events'
import { attendanceDocs, branchEventsBetween } from '../store'
import { toStanding, toSummary } from '../views'

const DAY_MS = 24 * 3600 * 1000
/** 首页 shows what is coming and what just happened, not the whole history. */
const PAST_DAYS = 30
const AHEAD_DAYS = 60
const MAX_EVENTS = 20

/** Running and upcoming events first (soonest first), then past ones (latest first). */
const homeOrder = (now: Date) => (a: EventSummary, b: EventSummary) => {
  const pastA = Date.parse(a.end) < now.getTime()
  const pastB = Date.parse(b.end) < now.getTime()
  if (pastA !== pastB) return pastA ? 1 : -1
  return pastA ? b.start.localeCompare(a.start) : a.start.localeCompare(b.start)
}

/** The caller's events around today with their own standing (未开始, 可签到, 已签到 19:02, 迟到, 已请假, 缺席). */
export const listMyEvents = async ({ db, caller, now }: Context): Promise<EventSummary[]> => {
  const me = caller.member._id
  const from = new Date(now.getTime() - PAST_DAYS * DAY_MS)
  const to = new Date(now.getTime() + AHEAD_DAYS * DAY_MS)
  const events = (await branchEventsBetween(db, caller.member.branchId, from, to)).filter((event) =>
    event.expectedMemberIds.includes(me),
  )
  const { checkins, leaves } = await attendanceDocs(
    db,
    events.map((event) => event._id),
    me,
  )
  return events
    .map((event) => {
      const key = attendanceId(event._id, me)
      const standing = toStanding(event, me, checkins.get(key) ?? null, leaves.get(key) ?? null, now)
      return toSummary(event, standing, now)
    })
    .sort(homeOrder(now))
    .slice(0, MAX_EVENTS)
}
