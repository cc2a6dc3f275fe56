import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import { attendanceId, type CheckinDoc, type EventDoc, type LeaveDoc } from '../common/db/models/events'
import type { MemberDoc } from '../common/db/models/members'
import { AppError } from '../common/errors'

/** The events function's reads: each one an `_id` lookup or an indexed query. */

export const eventsOf = (db: Database) => db.collection<EventDoc>(collections.events.name)
export const checkinsOf = (db: Database) => db.collection<CheckinDoc>(collections.checkins.name)
export const leavesOf = (db: Database) => db.collection<LeaveDoc>(collections.leaves.name)

const first = async <T>(query: { get(): Promise<{ data: T[] }> }): Promise<T | null> =>
  (await query.get()).data[0] ?? null

export const findEvent = (db: Database, eventId: string) => first(eventsOf(db).where({ _id: eventId }).limit(1))

export const getEventDoc = async (db: Database, eventId: string): Promise<EventDoc> => {
  const event = await findEvent(db, eventId)
  if (!event) throw new AppError('NOT_FOUND', '活动不存在或已删除')
  return event
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
