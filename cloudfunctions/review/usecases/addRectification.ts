import type { RectificationInput, RectificationRow } from '../../common/contract/lifeMeeting'
import { collections } from '../../common/db/collections'
import { findMember } from '../../common/db/members'
import type { RectificationDoc } from '../../common/db/models/review'
import { oncePerRequest } from '../../common/db/requests'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { dayKey } from '../../common/periods'
import { assertManagesRecord, belongsTo } from '../../common/rules/access'
import { assertLifeMeeting, eventRecord, rectificationRows } from '../lifeMeetings'
import { placeOf } from '../../common/db/units'

/** The secretary adds an item to a 组织生活会's 整改清单: what, who is responsible, by when. */
export const addRectification = async (
  { db, caller, now }: Context,
  input: RectificationInput,
): Promise<RectificationRow> => {
  const event = await eventRecord(db, input.eventId)
  assertManagesRecord(caller.member, 'event', await placeOf(db, caller.member, event.branchId))
  assertLifeMeeting(event)
  const item = await oncePerRequest<RectificationDoc>(
    db,
    {
      prefix: 'rect',
      collection: collections.rectifications.name,
      ownerId: caller.member._id,
      requestId: input.requestId,
      isOwners: (doc) => doc.createdBy === caller.member._id,
    },
    async (id) => {
      if (input.deadline < dayKey(now)) throw new AppError('RECTIFICATION_DEADLINE_PAST')
      const owner = await findMember(db, input.ownerId)
      if (!owner || owner.status !== 'active' || !belongsTo(owner, event.branchId))
        throw new AppError('RECTIFICATION_OWNER_OUTSIDE')
      const doc: RectificationDoc = {
        _id: id,
        eventId: event._id,
        branchId: event.branchId,
        item: input.item,
        ownerId: owner._id,
        deadline: input.deadline,
        status: 'open',
        notes: [],
        createdBy: caller.member._id,
        createdAt: now,
      }
      await db.collection(collections.rectifications.name).add({ data: doc })
      return doc
    },
  )
  return (await rectificationRows(db, [item], now))[0]
}
