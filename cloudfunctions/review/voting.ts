import type { BallotInput, MyBallot } from '../common/contract/review'
import type { BallotDoc } from '../common/db/models/review'
import { AppError } from '../common/errors'
import type { Context } from '../common/handler'
import { ballotId, ballotKey } from './ballots'
import { assertRatee, assertVoting } from './rules/phase'
import { ballotsOf, first, namesOf, refOf, visibleReview } from './store'

/** The checks every ballot passes, the caller's ballot id for this ratee and the ballot already there. */
export const openBallot = async ({ db, caller, now }: Context, input: BallotInput) => {
  const review = await visibleReview(db, caller.member, input.reviewId)
  assertVoting(review, caller.member._id, now)
  assertRatee(review, caller.member._id, input.rateeId)
  const secret = await ballotKey(db, review._id)
  if (!secret) throw new AppError('REVIEW_NOT_OPEN')
  const id = ballotId(secret, caller.member._id, input.rateeId)
  const existing = await first(ballotsOf(db).where({ _id: id }).limit(1))
  return { review, id, existing }
}

export const ballotResult = async (ctx: Context, rateeId: string, grade: BallotDoc['grade']): Promise<MyBallot> => ({
  ...refOf(await namesOf(ctx.db, [rateeId]), rateeId),
  grade,
})
