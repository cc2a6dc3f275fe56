import type { LifeMeetingView, RectificationRow } from '../common/contract/lifeMeeting'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { EventDoc } from '../common/db/models/events'
import type { MemberDoc } from '../common/db/models/members'
import type { CheckMaterialDoc, LifeMeetingDoc, RectificationDoc } from '../common/db/models/review'
import { AppError } from '../common/errors'
import { dayKey } from '../common/periods'
import { missing, sitsOnCommittee } from '../common/rules/access'
import { first, namesOf, refOf } from './store'

/** 组织生活会 records: reads and result shapes shared by its use cases. */

export const lifeMeetingsOf = (db: Database) => db.collection<LifeMeetingDoc>(collections.lifeMeetings.name)
export const materialsOf = (db: Database) => db.collection<CheckMaterialDoc>(collections.checkMaterials.name)
export const rectificationsOf = (db: Database) => db.collection<RectificationDoc>(collections.rectifications.name)

/** An event without its audience and code key (missing like any event when it does not exist). */
export const eventRecord = async (db: Database, eventId: string): Promise<EventDoc> => {
  const event = await first(
    db
      .collection<EventDoc>(collections.events.name)
      .where({ _id: eventId })
      .field({ expectedMemberIds: false, secret: false })
      .limit(1),
  )
  if (!event) throw missing('event')
  return event
}

export const assertLifeMeeting = (event: EventDoc): void => {
  if (event.type !== 'life_meeting') throw new AppError('LIFE_MEETING_ONLY')
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED', '活动已取消，不能填写记录')
}

export const isOverdue = (item: Pick<RectificationDoc, 'status' | 'deadline'>, now: Date): boolean =>
  item.status === 'open' && item.deadline < dayKey(now)

export const rectificationRow = (item: RectificationDoc, names: Map<string, string>, now: Date): RectificationRow => ({
  id: item._id,
  eventId: item.eventId,
  item: item.item,
  owner: refOf(names, item.ownerId),
  deadline: item.deadline,
  status: item.status,
  overdue: isOverdue(item, now),
  notes: item.notes.map((note) => ({
    text: note.text,
    at: new Date(note.at).toISOString(),
    by: refOf(names, note.byId),
  })),
})

export const rectificationRows = async (db: Database, items: readonly RectificationDoc[], now: Date) => {
  const names = await namesOf(
    db,
    items.flatMap((item) => [item.ownerId, ...item.notes.map((note) => note.byId)]),
  )
  return items.map((item) => rectificationRow(item, names, now))
}

/** The record as the caller may see it: the committee every 对照检查材料, a member their own. */
export const lifeMeetingView = async (
  db: Database,
  event: EventDoc,
  member: MemberDoc,
  now: Date,
): Promise<LifeMeetingView> => {
  const ownOnly = !sitsOnCommittee(member, event.branchId)
  const [record, materials, items] = await Promise.all([
    first(lifeMeetingsOf(db).where({ _id: event._id }).limit(1)),
    materialsOf(db)
      .where(ownOnly ? { eventId: event._id, memberId: member._id } : { eventId: event._id })
      .limit(1000)
      .get(),
    rectificationsOf(db).where({ eventId: event._id }).orderBy('deadline', 'asc').limit(1000).get(),
  ])
  const names = await namesOf(
    db,
    materials.data.map((doc) => doc.memberId),
  )
  return {
    eventId: event._id,
    title: event.title,
    theme: record?.theme ?? '',
    criticism: record?.criticism ?? '',
    materials: materials.data.map((doc) => ({
      ...refOf(names, doc.memberId),
      text: doc.text,
      at: new Date(doc.at).toISOString(),
    })),
    rectifications: await rectificationRows(db, items.data, now),
  }
}
