import type { BallotInput, MyBallot } from '../../common/contract/review'
import { collections } from '../../common/db/collections'
import type { BallotDoc, ReviewDoc } from '../../common/db/models/review'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { sheetIn, writeSheet } from '../sheets'
import { ballotResult, openBallot } from '../voting'

const addBallot = (ctx: Context, review: ReviewDoc, ballot: BallotDoc) =>
  ctx.db.runTransaction(async (tx) => {
    const sheet = await sheetIn(tx, review, ctx.caller.member._id)
    await Promise.all([
      tx.collection(collections.reviewBallots.name).add({ data: ballot }),
      writeSheet(tx, { ...sheet, ballotsCast: sheet.ballotsCast + 1 }),
    ])
  })

/**
 * 互评: one anonymous ballot per rater and ratee. The ballot and the rater's
 * own sheet (how many they cast) are written together; nothing shared is
 * written, so a branch voting in the last hour never conflicts. A retry with
 * the same grade answers the ballot; another grade must go through
 * changeBallot.
 */
export const castBallot = async (ctx: Context, input: BallotInput): Promise<MyBallot> => {
  const { review, id, existing } = await openBallot(ctx, input)
  if (existing && existing.grade !== input.grade) throw new AppError('REVIEW_BALLOT_EXISTS')
  if (!existing) {
    try {
      await addBallot(ctx, review, { _id: id, reviewId: review._id, rateeId: input.rateeId, grade: input.grade })
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new AppError('REVIEW_BALLOT_EXISTS')
      throw error
    }
  }
  return ballotResult(ctx, input.rateeId, input.grade)
}
