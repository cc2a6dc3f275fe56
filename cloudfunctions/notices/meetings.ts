import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { EventDoc, LeaveDoc } from '../common/db/models/events'
import type { MemberDoc } from '../common/db/models/members'
import type { NoticeEventDoc } from '../common/db/models/notices'

/** The events a meeting notice links to, read from the events feature's collection. */

export const findEvent = async (db: Database, eventId: string): Promise<EventDoc | null> => {
  const { data } = await db.collection<EventDoc>(collections.events.name).where({ _id: eventId }).limit(1).get()
  return data[0] ?? null
}

export const toNoticeEvent = (event: EventDoc): NoticeEventDoc => ({
  eventId: event._id,
  title: event.title,
  startAt: event.start,
  endAt: event.end,
  venue: event.venue.name,
})

/** Planned meetings of these branches that have not ended: the ones a meeting notice may announce. */
export const linkableEvents = async (db: Database, branchIds: readonly string[], now: Date): Promise<EventDoc[]> => {
  if (!branchIds.length) return []
  const _ = db.command
  const { data } = await db
    .collection<EventDoc>(collections.events.name)
    .where({ branchId: _.in([...branchIds]), status: 'planned', end: _.gt(now) })
    .orderBy('start', 'asc')
    .limit(50)
    .get()
  return data
}

/** Planned meetings starting in (now, now + lead]. */
export const eventsStartingWithin = async (db: Database, now: Date, leadMinutes: number): Promise<EventDoc[]> => {
  const _ = db.command
  const until = new Date(now.getTime() + leadMinutes * 60_000)
  const { data } = await db
    .collection<EventDoc>(collections.events.name)
    .where({ status: 'planned', start: _.gt(now).and(_.lte(until)) })
    .orderBy('start', 'asc')
    .limit(100)
    .get()
  return data
}

/** Expected, active members of a meeting, without those whose leave was approved. */
export const meetingAttendees = async (db: Database, event: EventDoc): Promise<MemberDoc[]> => {
  const _ = db.command
  const ids = event.expectedMemberIds.slice(0, 1000)
  if (!ids.length) return []
  const [{ data: members }, { data: leaves }] = await Promise.all([
    db
      .collection<MemberDoc>(collections.members.name)
      .where({ _id: _.in(ids), status: 'active' })
      .limit(1000)
      .get(),
    db
      .collection<LeaveDoc>(collections.leaves.name)
      .where({ eventId: event._id, status: 'approved' })
      .limit(1000)
      .get(),
  ])
  const onLeave = new Set(leaves.map((leave) => leave.memberId))
  return members.filter((member) => !onLeave.has(member._id))
}
