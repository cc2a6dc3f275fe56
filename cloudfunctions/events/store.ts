import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import { attendanceId, type CheckinDoc, type EventDoc, type LeaveDoc } from '../common/db/models/events'
import type { MemberDoc } from '../common/db/models/members'
import { missing } from '../common/rules/access'

/** The events function's reads: each one an `_id` lookup or an indexed query. */

export const eventsOf = (db: Database) => db.collection<EventDoc>(collections.events.name)
export const checkinsOf = (db: Database) => db.collection<CheckinDoc>(collections.checkins.name)
export const leavesOf = (db: Database) => db.collection<LeaveDoc>(collections.leaves.name)

const first = async <T>(query: { get(): Promise<{ data: T[] }> }): Promise<T | null> =>
  (await query.get()).data[0] ?? null

export const findEvent = (db: Database, eventId: string) => first(eventsOf(db).where({ _id: eventId }).limit(1))

export const getEventDoc = async (db: Database, eventId: string): Promise<EventDoc> => {
  const event = await findEvent(db, eventId)
  if (!event) throw missing('event')
  return event
}

/** An event as a check-in needs it: everything but the audience list. */
export type EventWithoutAudience = Omit<EventDoc, 'expectedMemberIds'>

/**
 * The event without its audience list, and whether the member is in that
 * list. A 2,000-member event's list is ~40 KB; decoding it for every check-in
 * of a burst was the largest share of a check-in's cost, so the database
 * answers the membership question instead.
 */
export const getEventForMember = async (
  db: Database,
  eventId: string,
  memberId: string,
): Promise<{ event: EventWithoutAudience; expected: boolean }> => {
  const [event, expected] = await Promise.all([
    first<EventWithoutAudience>(eventsOf(db).where({ _id: eventId }).field({ expectedMemberIds: false }).limit(1)),
    eventsOf(db).where({ _id: eventId, expectedMemberIds: memberId }).count(),
  ])
  if (!event) throw missing('event')
  return { event, expected: expected.total > 0 }
}

export const findCheckin = (db: Database, eventId: string, memberId: string) =>
  first(
    checkinsOf(db)
      .where({ _id: attendanceId(eventId, memberId) })
      .limit(1),
  )

export const findLeave = (db: Database, eventId: string, memberId: string) =>
  first(
    leavesOf(db)
      .where({ _id: attendanceId(eventId, memberId) })
      .limit(1),
  )

export const checkinsOfEvent = async (db: Database, eventId: string): Promise<CheckinDoc[]> =>
  (await checkinsOf(db).where({ eventId }).limit(1000).get()).data

export const leavesOfEvent = async (db: Database, eventId: string): Promise<LeaveDoc[]> =>
  (await leavesOf(db).where({ eventId }).limit(1000).get()).data

/** Members by id (names for lists), any status: a transferred member still appears in old ledgers. */
export const membersById = async (db: Database, ids: readonly string[]): Promise<Map<string, MemberDoc>> => {
  const found = new Map<string, MemberDoc>()
  const unique = [...new Set(ids)]
  for (let start = 0; start < unique.length; start += 500) {
    const { data } = await db
      .collection<MemberDoc>(collections.members.name)
      .where({ _id: db.command.in(unique.slice(start, start + 500)) })
      .limit(1000)
      .get()
    data.forEach((member) => found.set(member._id, member))
  }
  return found
}

/** Events of a branch starting in [from, to), oldest first. */
export const branchEventsBetween = async (
  db: Database,
  branchId: string,
  from: Date,
  to: Date,
): Promise<EventDoc[]> => {
  const _ = db.command
  const { data } = await eventsOf(db)
    .where({ branchId, start: _.gte(from).and(_.lt(to)) })
    .orderBy('start', 'asc')
    .limit(1000)
    .get()
  return data
}

/** One member's check-ins and leave requests for the given events, keyed by `attendanceId`. */
export const attendanceDocs = async (db: Database, eventIds: readonly string[], memberId: string) => {
  const ids = eventIds.map((eventId) => attendanceId(eventId, memberId))
  if (!ids.length) return { checkins: new Map<string, CheckinDoc>(), leaves: new Map<string, LeaveDoc>() }
  const inIds = { _id: db.command.in(ids) }
  const [checkins, leaves] = await Promise.all([
    checkinsOf(db).where(inIds).limit(1000).get(),
    leavesOf(db).where(inIds).limit(1000).get(),
  ])
  return {
    checkins: new Map(checkins.data.map((doc) => [doc._id, doc])),
    leaves: new Map(leaves.data.map((doc) => [doc._id, doc])),
  }
}
