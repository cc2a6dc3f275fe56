import type { EventDetail, EventInput } from '../../common/contract/events'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import { eventDoc, type EventDoc } from '../../common/db/models/events'
import { oncePerRequest } from '../../common/db/requests'
import { newEventSecret } from '../rules/code'
import { eventsOf } from '../store'
import { describeEvent } from '../describeEvent'
import { planEvent } from '../eventPlan'

/** A secretary plans a meeting for their own branch. A retry (same request id) answers the event the first try made. */
export const createEvent = async ({ db, caller, now }: Context, input: EventInput): Promise<EventDetail> => {
  const me = caller.member
  const request = {
    collection: collections.events.name,
    // 32 hex digits like the cloud's own ids: the check-in 小程序码's scene packs exactly that shape.
    prefix: '',
    hexDigits: 32,
    ownerId: me._id,
    requestId: input.requestId,
    isOwners: (doc: EventDoc) => doc.createdBy === me._id,
  }
  const event = await oncePerRequest(db, request, async (_id) => {
    const { requestId: _request, ...fields } = input
    const plan = await planEvent(db, me.branchId, fields, now)
    const doc = eventDoc({ ...plan, _id, branchId: me.branchId, secret: newEventSecret() }, me._id, now)
    await eventsOf(db).add({ data: doc })
    return doc
  })
  return describeEvent(db, event, me, now)
}
