import { GRADES_NEEDING_REASON } from '../../common/contract/reviewLabels'
import type { ProposalInput } from '../../common/contract/review'
import type { ProposalItemDoc, ReviewDoc } from '../../common/db/models/review'
import { AppError } from '../../common/errors'

/** The most members who may be graded 优秀: the organisation's share of those reviewed, rounded down. */
export const excellentCap = (memberCount: number, percent: number): number => Math.floor((memberCount * percent) / 100)

const assertCoversEveryone = (review: ReviewDoc, items: ProposalInput['grades']): void => {
  if (items.some((item) => !review.memberIds.includes(item.memberId))) throw new AppError('REVIEW_RATEE_OUTSIDE')
  const graded = new Set(items.map((item) => item.memberId))
  if (graded.size !== items.length || graded.size !== review.memberIds.length)
    throw new AppError('REVIEW_GRADES_INCOMPLETE')
}

const assertWithinRatio = (review: ReviewDoc, items: ProposalInput['grades']): void => {
  const excellent = items.filter((item) => item.grade === 'excellent').length
  const cap = excellentCap(review.memberIds.length, review.excellentPercent)
  if (excellent > cap)
    throw new AppError(
      'REVIEW_EXCELLENT_RATIO',
      `评为优秀的有 ${excellent} 人，超过组织规定的 ${review.excellentPercent}%（本次最多 ${cap} 人）`,
    )
}

/**
 * The committee's 组织评定: one grade for every member reviewed, 优秀 within
 * the organisation's ratio, a reason for 基本合格 and 不合格.
 */
export const checkedProposal = (review: ReviewDoc, items: ProposalInput['grades']): ProposalItemDoc[] => {
  assertCoversEveryone(review, items)
  assertWithinRatio(review, items)
  const unexplained = items.find((item) => GRADES_NEEDING_REASON.includes(item.grade) && !item.reason)
  if (unexplained) throw new AppError('REVIEW_REASON_REQUIRED')
  return items.map((item) => ({ memberId: item.memberId, grade: item.grade, reason: item.reason ?? '' }))
}
