import type { EventDetail } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { notifyEventCancelled } from '../eventCancelled'
import { assertManagesRecord } from '../../common/rules/access'
import { reverseAttendancePoints } from '../reverseAttendancePoints'
import { eventsOf, getEventDoc } from '../store'
import { describeEvent } from '../describeEvent'
import { placeOf } from '../../common/db/units'

/**
 * Cancels an event that has not been held. Check-ins and leave already
 * recorded stay as history; the attendance points they earned are reversed
 * (reversal entries in the ledger) and the members are told.
 */
export const cancelEvent = async (ctx: Context, input: { eventId: string; reason?: string }): Promise<EventDetail> => {
  const { db, caller, now } = ctx
  const event = await getEventDoc(db, input.eventId)
  assertManagesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED', '活动已经取消')
  if (event.status === 'held') throw new AppError('EVENT_HELD')
  const cancelled = {
    status: 'cancelled' as const,
    cancelledAt: now,
    cancelledBy: caller.member._id,
    cancelReason: input.reason || null,
    updatedAt: now,
  }
  // Cancelled first: from here on no check-in can earn points that the sweep below would miss.
  await eventsOf(db).doc(event._id).update({ data: cancelled })
  const reversed = await reverseAttendancePoints(ctx, event)
  await notifyEventCancelled(db, event, reversed.length > 0, now)
  return describeEvent(db, { ...event, ...cancelled }, caller.member, now)
}
