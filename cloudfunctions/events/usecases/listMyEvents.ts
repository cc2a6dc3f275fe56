import type { EventSummary } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { attendanceId, type CheckinDoc, type LeaveDoc } from '../../common/db/models/events'
import { branchEventsBetween, checkinsOf, leavesOf } from '../store'
import { toStanding, toSummary } from '../views'

const DAY_MS = 24 * 3600 * 1000
/** 首页 shows what is coming and what just happened, not the whole history. */
const PAST_DAYS = 30
const AHEAD_DAYS = 60
const MAX_EVENTS = 20

const byId = async <T extends { _id: string }>(
  collection: { where(filter: object): { limit(n: number): { get(): Promise<{ data: T[] }> } } },
  ids: string[],
  inIds: unknown,
): Promise<Map<string, T>> => {
  if (!ids.length) return new Map()
  const { data } = await collection.where({ _id: inIds }).limit(1000).get()
  return new Map(data.map((doc) => [doc._id, doc]))
}

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
  const ids = events.map((event) => attendanceId(event._id, me))
  const inIds = db.command.in(ids)
  const [checkins, leaves] = await Promise.all([
    byId<CheckinDoc>(checkinsOf(db), ids, inIds),
    byId<LeaveDoc>(leavesOf(db), ids, inIds),
  ])
  return events
    .map((event) => {
      const key = attendanceId(event._id, me)
      const standing = toStanding(event, me, checkins.get(key) ?? null, leaves.get(key) ?? null, now)
      return toSummary(event, standing, now)
    })
    .sort(homeOrder(now))
    .slice(0, MAX_EVENTS)
}
