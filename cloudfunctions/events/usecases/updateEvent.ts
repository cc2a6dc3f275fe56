import type { EventDetail, EventUpdateInput } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { assertManagesRecord } from '../../common/rules/access'
import { hasEnded } from '../rules/schedule'
import { eventsOf, getEventDoc } from '../store'
import { describeEvent } from '../describeEvent'
import { planEvent } from '../eventPlan'
import { placeOf } from '../../common/db/units'

/** Edits a planned event until it ends; check-ins already made keep their recorded lateness. */
export const updateEvent = async ({ db, caller, now }: Context, input: EventUpdateInput): Promise<EventDetail> => {
  const { eventId, ...form } = input
  const event = await getEventDoc(db, eventId)
  assertManagesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  if (event.status === 'cancelled') throw new AppError('EVENT_CANCELLED', '活动已取消，不能修改')
  if (event.status === 'held' || hasEnded(event, now)) throw new AppError('EVENT_ENDED')
  // Omitted attendees keep the current list unless the audience itself (type or group) changed.
  const sameAudience = form.type === event.type && (form.groupId ?? null) === event.groupId
  const expectedMemberIds = form.expectedMemberIds ?? (sameAudience ? event.expectedMemberIds : undefined)
  const plan = await planEvent(db, event.branchId, { ...form, expectedMemberIds }, now)
  await eventsOf(db)
    .doc(event._id)
    .update({ data: { ...plan, venue: db.command.set(plan.venue), updatedAt: now } })
  return describeEvent(db, { ...event, ...plan, updatedAt: now }, caller.member, now)
}
