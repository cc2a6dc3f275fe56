import type { ObjectionInput, ObjectionRow } from '../../common/contract/review'
import { collections } from '../../common/db/collections'
import type { ObjectionDoc } from '../../common/db/models/review'
import { oncePerRequest } from '../../common/db/requests'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { assertTakesPart } from '../../common/rules/access'
import { phaseOf } from '../rules/phase'
import { namesOf, visibleReview } from '../store'
import { objectionPeople, objectionRow } from '../views'
import { placeOf } from '../../common/db/units'

/** During 公示 a member of the branch records an objection to one member's 组织评定 (by name, not anonymous). */
export const raiseObjection = async ({ db, caller, now }: Context, input: ObjectionInput): Promise<ObjectionRow> => {
  const review = await visibleReview(db, caller.member, input.reviewId)
  assertTakesPart(
    caller.member,
    'review',
    await placeOf(db, caller.member, review.branchId),
    '只有本支部党员可以对公示结果提出异议',
  )
  const objection = await oncePerRequest<ObjectionDoc>(
    db,
    {
      prefix: 'obj',
      collection: collections.reviewObjections.name,
      ownerId: caller.member._id,
      requestId: input.requestId,
      isOwners: (doc) => doc.byId === caller.member._id,
    },
    async (id) => {
      const inPublicity = phaseOf(review, now) === 'publicized' && now < new Date(review.publicityEndsAt ?? 0)
      if (!inPublicity) throw new AppError('REVIEW_NOT_PUBLICIZED')
      if (!review.memberIds.includes(input.memberId)) throw new AppError('REVIEW_RATEE_OUTSIDE')
      const doc: ObjectionDoc = {
        _id: id,
        reviewId: review._id,
        branchId: review.branchId,
        memberId: input.memberId,
        byId: caller.member._id,
        text: input.text,
        at: now,
      }
      await db.collection(collections.reviewObjections.name).add({ data: doc })
      return doc
    },
  )
  return objectionRow(objection, await namesOf(db, objectionPeople(objection)))
}
