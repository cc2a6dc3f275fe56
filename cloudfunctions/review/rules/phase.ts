import type { ReviewPhase } from '../../common/contract/reviewLabels'
import type { ReviewDoc } from '../../common/db/models/review'
import { AppError } from '../../common/errors'

/** The phase by the server clock: voting ends at `closesAt` even if nobody closed it. */
export const phaseOf = (review: Pick<ReviewDoc, 'status' | 'closesAt'>, now: Date): ReviewPhase =>
  review.status === 'open' && now.getTime() >= new Date(review.closesAt).getTime() ? 'closed' : review.status

/** 自评 and 互评: only while voting is open, and only by the members reviewed. */
export const assertVoting = (review: ReviewDoc, memberId: string, now: Date): void => {
  if (phaseOf(review, now) !== 'open') throw new AppError('REVIEW_NOT_OPEN')
  if (!review.memberIds.includes(memberId)) throw new AppError('REVIEW_NOT_PARTICIPANT')
}

/** A ballot rates another member of the same review. */
export const assertRatee = (review: ReviewDoc, raterId: string, rateeId: string): void => {
  if (rateeId === raterId) throw new AppError('REVIEW_SELF_BALLOT')
  if (!review.memberIds.includes(rateeId)) throw new AppError('REVIEW_RATEE_OUTSIDE')
}

/**
 * What the committee may do once voting is over: anything before 公示; during
 * 公示 nothing but wait; after final nothing at all.
 */
export const assertDeciding = (review: ReviewDoc, now: Date): void => {
  const phase = phaseOf(review, now)
  if (phase === 'open') throw new AppError('REVIEW_STILL_OPEN')
  if (phase === 'publicized') throw new AppError('REVIEW_IN_PUBLICITY')
  if (phase === 'final') throw new AppError('REVIEW_FINAL')
}

/** Results are the branch's once 公示 has begun. */
export const resultsPublic = (review: ReviewDoc, now: Date): boolean => {
  const phase = phaseOf(review, now)
  return phase === 'publicized' || phase === 'final'
}
