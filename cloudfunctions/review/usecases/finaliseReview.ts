import type { ReviewSummary } from '../../common/contract/review'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { compileReviewFigures } from '../figures'
import { managedReview } from '../managed'
import { objectionsOfReview, reviewsOf } from '../store'
import { summaryOf } from '../views'

/**
 * After 5 working days of 公示, with every objection answered, the secretary
 * makes the 组织评定 final; the figures are compiled at once.
 */
export const finaliseReview = async (ctx: Context, input: { reviewId: string }): Promise<ReviewSummary> => {
  const { db, now } = ctx
  const { review, phase } = await managedReview(ctx, input.reviewId)
  if (phase === 'final') return summaryOf(review, now)
  if (phase !== 'publicized') throw new AppError(phase === 'open' ? 'REVIEW_STILL_OPEN' : 'REVIEW_NO_PROPOSAL')
  if (review.publicityEndsAt && now < new Date(review.publicityEndsAt)) throw new AppError('REVIEW_PUBLICITY_RUNNING')
  const objections = await objectionsOfReview(db, review._id)
  if (objections.some((objection) => !objection.answeredAt)) throw new AppError('REVIEW_OBJECTIONS_OPEN')
  const changes = { status: 'final' as const, finalisedAt: now, updatedAt: now }
  await reviewsOf(db).doc(review._id).update({ data: changes })
  await compileReviewFigures(db, review.branchId, review.year, now)
  return summaryOf({ ...review, ...changes }, now)
}
