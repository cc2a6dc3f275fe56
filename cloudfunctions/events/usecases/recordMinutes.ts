import type { EventDetail } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import type { MinutesDoc } from '../../common/db/models/events'
import { AppError } from '../../common/errors'
import { assertManagesRecord } from '../../common/rules/access'
import { hasStarted } from '../rules/schedule'
import { eventsOf, getEventDoc } from '../store'
import { describeEvent } from './describeEvent'

/** 会议记录 and up to 9 photos; recording them marks the event as held. Saving again replaces them. */
export const recordMinutes = async (
  { db, caller, now }: Context,
  input: { eventId: string; text: string; photos: string[] },
): Promise<EventDetail> => {
  const event = await getEventDoc(db, input.eventId)
  assertManagesRecord(caller.member, 'event', event.branchId)
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED', '活动已取消，不能填写会议记录')
  if (!hasStarted(event, now)) throw new AppError('MINUTES_TOO_EARLY')
  const minutes: MinutesDoc = {
    text: input.text,
    photos: [...new Set(input.photos)],
    recordedBy: caller.member._id,
    recordedAt: now,
  }
  const held = { status: 'held' as const, minutes, updatedAt: now }
  // `set` replaces the whole minutes object; a plain object would be merged field by field into null.
  await eventsOf(db)
    .doc(event._id)
    .update({ data: { ...held, minutes: db.command.set(minutes) } })
  return describeEvent(db, { ...event, ...held }, caller.member, now)
}
