import type { ReviewTask } from '../../common/contract/review'
import { sheetId } from '../../common/db/models/review'
import type { Context } from '../../common/handler'
import { phaseOf } from '../rules/phase'
import { reviewsOf, sheetsOf } from '../store'
import { summaryOf } from '../views'

/** 首页: the open reviews of the member's branch where their 自评 or 互评 is not finished yet. */
export const myReviewTasks = async ({ db, caller, now }: Context): Promise<ReviewTask[]> => {
  const me = caller.member._id
  const { data } = await reviewsOf(db).where({ branchId: caller.member.branchId, status: 'open' }).limit(10).get()
  const open = data.filter((review) => phaseOf(review, now) === 'open' && review.memberIds.includes(me))
  if (!open.length) return []
  const sheets = await sheetsOf(db)
    .where({ _id: db.command.in(open.map((review) => sheetId(review._id, me))) })
    .limit(10)
    .get()
  const byReview = new Map(sheets.data.map((sheet) => [sheet.reviewId, sheet]))
  return open
    .map((review) => ({
      review: summaryOf(review, now),
      selfDone: Boolean(byReview.get(review._id)?.selfAt),
      rated: byReview.get(review._id)?.ballotsCast ?? 0,
      toRate: review.memberIds.length - 1,
    }))
    .filter((task) => !task.selfDone || task.rated < task.toRate)
}
