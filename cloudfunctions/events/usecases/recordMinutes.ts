import type { EventDetail, MinutesInput } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import type { MinutesDoc } from '../../common/db/models/events'
import { AppError } from '../../common/errors'
import { assertManagesRecord } from '../../common/rules/access'
import { hasStarted } from '../rules/schedule'
import { eventsOf, getEventDoc } from '../store'
import { describeEvent } from '../describeEvent'
import { placeOf } from '../../common/db/units'

/**
 * 会议记录 (主持人, 记录人, 议程, 内容, 决议) and up to 9 photos; recording them
 * marks the event as held, though check-in stays open until the end (or until
 * the secretary closes it). Saving again replaces them.
 */
export const recordMinutes = async ({ db, caller, now }: Context, input: MinutesInput): Promise<EventDetail> => {
  const event = await getEventDoc(db, input.eventId)
  assertManagesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED', '活动已取消，不能填写会议记录')
  if (!hasStarted(event, now)) throw new AppError('MINUTES_TOO_EARLY')
  const minutes: MinutesDoc = {
    host: input.host,
    recorder: input.recorder,
    agenda: input.agenda,
    text: input.text,
    decisions: input.decisions ?? '',
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
