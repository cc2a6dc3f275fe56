import type { ReviewProgress } from '../../common/contract/review'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { readsUnit, sitsOnCommittee } from '../../common/rules/access'
import { progressOf } from '../progress'
import { visibleReview } from '../store'
import { placeOf } from '../../common/db/units'

/** The branch committee, leaders and admins follow a review: participation, then counts. */
export const reviewProgress = async (
  { db, caller, now }: Context,
  input: { reviewId: string },
): Promise<ReviewProgress> => {
  const review = await visibleReview(db, caller.member, input.reviewId)
  if (
    !sitsOnCommittee(caller.member, review.branchId) &&
    !readsUnit(caller.member, await placeOf(db, caller.member, review.branchId))
  )
    throw new AppError('FORBIDDEN', '只有支部委员会和党委可以查看评议进度')
  return progressOf(db, review, now)
}
