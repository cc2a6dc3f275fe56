import type { ReviewSummary } from '../../common/contract/review'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { sealBallots } from '../ballots'
import { managedReview } from '../managed'
import { reviewsOf } from '../store'
import { summaryOf } from '../views'

/**
 * The secretary ends voting (before `closesAt`, or to seal it after): the
 * ballot key is deleted, so from now on no ballot can be tied to its rater.
 * Closing a closed review again answers it as it is.
 */
export const closeReview = async (ctx: Context, input: { reviewId: string }): Promise<ReviewSummary> => {
  const { db, now } = ctx
  const { review, phase } = await managedReview(ctx, input.reviewId)
  if (phase === 'final') throw new AppError('REVIEW_FINAL')
  const closed =
    review.status === 'open' ? { ...review, status: 'closed' as const, closedAt: now, updatedAt: now } : review
  if (closed !== review)
    await reviewsOf(db)
      .doc(review._id)
      .update({ data: { status: 'closed', closedAt: now, updatedAt: now } })
  await sealBallots(db, review._id)
  return summaryOf(closed, now)
}
