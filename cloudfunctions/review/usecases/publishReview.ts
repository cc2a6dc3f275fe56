import type { ReviewSummary } from '../../common/contract/review'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { managedReview } from '../managed'
import { publicityEnd } from '../rules/workingDays'
import { reviewSettingsInForce } from '../settings'
import { reviewsOf } from '../store'
import { summaryOf } from '../views'

/**
 * The secretary publishes the 组织评定 to the branch: 公示 for 5 working days
 * on the organisation's calendar (holidays, 调休). Publishing again answers it.
 */
export const publishReview = async (ctx: Context, input: { reviewId: string }): Promise<ReviewSummary> => {
  const { db, now } = ctx
  const { review, phase } = await managedReview(ctx, input.reviewId)
  if (phase === 'publicized') return summaryOf(review, now)
  if (phase === 'final') throw new AppError('REVIEW_FINAL')
  if (phase !== 'proposed') throw new AppError(phase === 'open' ? 'REVIEW_STILL_OPEN' : 'REVIEW_NO_PROPOSAL')
  const calendar = await reviewSettingsInForce(db)
  const changes = {
    status: 'publicized' as const,
    publicizedAt: now,
    publicityEndsAt: publicityEnd(now, calendar),
    updatedAt: now,
  }
  await reviewsOf(db).doc(review._id).update({ data: changes })
  return summaryOf({ ...review, ...changes }, now)
}
