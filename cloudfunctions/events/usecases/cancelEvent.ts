import type { EventDetail } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { notifyEventCancelled } from '../../common/notices/eventCancelled'
import { assertManagesRecord } from '../../common/rules/access'
import { eventsOf, getEventDoc } from '../store'
import { describeEvent } from './describeEvent'

/** Cancels an event that has not been held; check-ins and leave already recorded stay as history. */
export const cancelEvent = async (
  { db, caller, now }: Context,
  input: { eventId: string; reason?: string },
): Promise<EventDetail> => {
  const event = await getEventDoc(db, input.eventId)
  assertManagesRecord(caller.member, 'event', event.branchId)
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED', '活动已经取消')
  if (event.status === 'held') throw new AppError('EVENT_HELD')
  const cancelled = {
    status: 'cancelled' as const,
    cancelledAt: now,
    cancelledBy: caller.member._id,
    cancelReason: input.reason || null,
    updatedAt: now,
  }
  await eventsOf(db).doc(event._id).update({ data: cancelled })
  await notifyEventCancelled(db, event._id, now)
  return describeEvent(db, { ...event, ...cancelled }, caller.member, now)
}
