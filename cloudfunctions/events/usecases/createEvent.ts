import type { EventDetail, EventInput } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import type { EventDoc } from '../../common/db/models/events'
import { newEventSecret } from '../rules/code'
import { eventsOf } from '../store'
import { describeEvent } from './describeEvent'
import { planEvent } from './eventPlan'

/** A secretary plans a meeting for their own branch. */
export const createEvent = async ({ db, caller, now }: Context, input: EventInput): Promise<EventDetail> => {
  const branchId = caller.member.branchId
  const plan = await planEvent(db, branchId, input, now)
  const doc: Omit<EventDoc, '_id'> = {
    ...plan,
    branchId,
    status: 'planned',
    secret: newEventSecret(),
    minutes: null,
    checkinClosedAt: null,
    createdBy: caller.member._id,
    createdAt: now,
    updatedAt: now,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
  }
  const { _id } = await eventsOf(db).add({ data: doc })
  return describeEvent(db, { ...doc, _id }, caller.member, now)
}
