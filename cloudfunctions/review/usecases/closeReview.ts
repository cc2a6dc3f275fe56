import type { ReviewSummary } from '../../common/contract/review'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { assertManagesRecord } from '../../common/rules/access'
import { sealBallots } from '../ballots'
import { phaseOf } from '../rules/phase'
import { reviewsOf, visibleReview } from '../store'
import { summaryOf } from '../views'

/**
 * The secretary ends voting (before `closesAt`, or to seal it after): the
 * ballot key is deleted, so from now on no ballot can be tied to its rater.
 * Closing a closed review again answers it as it is.
 */
export const closeReview = async (
  { db, caller, now }: Context,
  input: { reviewId: string },
): Promise<ReviewSummary> => {
  const review = await visibleReview(db, caller.member, input.reviewId)
  assertManagesRecord(caller.member, 'review', review.branchId)
  if (phaseOf(review, now) === 'final') throw new AppError('REVIEW_FINAL')
  const closed =
    review.status === 'open' ? { ...review, status: 'closed' as const, closedAt: now, updatedAt: now } : review
  if (closed !== review)
    await reviewsOf(db)
      .doc(review._id)
      .update({ data: { status: 'closed', closedAt: now, updatedAt: now } })
  await sealBallots(db, review._id)
  return summaryOf(closed, now)
}
