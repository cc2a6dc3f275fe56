import type { EventDetail } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { assertManagesRecord } from '../../common/rules/access'
import { windowOpen } from '../rules/schedule'
import { eventsOf, getEventDoc } from '../store'
import { describeEvent } from '../describeEvent'
import { placeOf } from '../../common/db/units'

/**
 * The secretary ends check-in before the meeting's end (the app asks for a
 * confirmation first): from now on members cannot check in and whoever has
 * not is absent, for the secretary and the members alike. 补签 stays possible.
 */
export const closeCheckin = async ({ db, caller, now }: Context, input: { eventId: string }): Promise<EventDetail> => {
  const event = await getEventDoc(db, input.eventId)
  assertManagesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED')
  if (now < new Date(event.checkinOpensAt)) throw new AppError('CHECKIN_NOT_OPEN')
  if (!windowOpen(event, now)) throw new AppError('CHECKIN_CLOSED')
  const closed = { checkinClosedAt: now, updatedAt: now }
  // Conditional on still open: a second tap (or a second secretary) finds it closed.
  const { stats } = await eventsOf(db).where({ _id: event._id, checkinClosedAt: null }).update({ data: closed })
  if (stats.updated !== 1) throw new AppError('CHECKIN_CLOSED')
  return describeEvent(db, { ...event, ...closed }, caller.member, now)
}
