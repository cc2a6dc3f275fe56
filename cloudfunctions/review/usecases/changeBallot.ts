import type { BallotInput, MyBallot } from '../../common/contract/review'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { ballotsOf } from '../store'
import { ballotResult, openBallot } from '../voting'

/** Changes the caller's own ballot for a ratee while voting is open; only the grade changes. */
export const changeBallot = async (ctx: Context, input: BallotInput): Promise<MyBallot> => {
  const { id, existing } = await openBallot(ctx, input)
  if (!existing) throw new AppError('REVIEW_BALLOT_MISSING')
  if (existing.grade !== input.grade)
    await ballotsOf(ctx.db)
      .doc(id)
      .update({ data: { grade: input.grade } })
  return ballotResult(ctx, input.rateeId, input.grade)
}
