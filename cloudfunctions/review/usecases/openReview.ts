import type { OpenReviewInput, ReviewSummary } from '../../common/contract/review'
import { collections } from '../../common/db/collections'
import { listBranchMembers } from '../../common/db/members'
import { reviewDoc } from '../../common/db/models/review'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { periodKey } from '../../common/periods'
import { assertManagesBranch } from '../../common/rules/access'
import { newBallotKey } from '../ballots'
import { excellentPercentInForce } from '../settings'
import { summaryOf } from '../views'

const DAY = 24 * 3600 * 1000
const LONGEST_VOTE = 60 * DAY

const assertDates = (input: OpenReviewInput, now: Date): Date => {
  const thisYear = Number(periodKey('year', now))
  if (input.year !== thisYear && input.year !== thisYear - 1) throw new AppError('REVIEW_YEAR_INVALID')
  const closesAt = new Date(input.closesAt)
  const ahead = closesAt.getTime() - now.getTime()
  if (ahead <= 0 || ahead > LONGEST_VOTE) throw new AppError('REVIEW_CLOSES_INVALID')
  return closesAt
}

/**
 * The secretary opens the branch's 民主评议 for a year: the active members
 * now are the members reviewed, and the ballot key is made. One review per branch and year (its `_id`), so a double tap opens one.
 */
export const openReview = async ({ db, caller, now }: Context, input: OpenReviewInput): Promise<ReviewSummary> => {
  const { branchId } = caller.member
  assertManagesBranch(caller.member, branchId)
  const closesAt = assertDates(input, now)
  const [members, excellentPercent] = await Promise.all([listBranchMembers(db, branchId), excellentPercentInForce(db)])
  const memberIds = members.map((member) => member._id)
  const review = reviewDoc(
    { branchId, year: input.year, closesAt, memberIds, excellentPercent, openedBy: caller.member._id },
    now,
  )
  try {
    await db.runTransaction(async (tx) => {
      await tx.collection(collections.reviews.name).add({ data: review })
      await tx.collection(collections.reviewKeys.name).add({ data: { _id: review._id, secret: newBallotKey() } })
    })
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new AppError('REVIEW_EXISTS')
    throw error
  }
  return summaryOf(review, now)
}
