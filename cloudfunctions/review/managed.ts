import type { Context } from '../common/handler'
import { assertManagesRecord } from '../common/rules/access'
import { phaseOf } from './rules/phase'
import { visibleReview } from './store'
import { placeOf } from '../common/db/units'

/** A review its branch's secretary acts on (close, publish, finalise), with its phase by the clock. */
export const managedReview = async ({ db, caller, now }: Context, reviewId: string) => {
  const review = await visibleReview(db, caller.member, reviewId)
  assertManagesRecord(caller.member, 'review', await placeOf(db, caller.member, review.branchId))
  return { review, phase: phaseOf(review, now) }
}
