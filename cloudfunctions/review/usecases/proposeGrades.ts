import type { ProposalInput, ReviewProgress } from '../../common/contract/review'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { sitsOnCommittee } from '../../common/rules/access'
import { sealBallots } from '../ballots'
import { progressOf } from '../progress'
import { assertDeciding } from '../rules/phase'
import { checkedProposal } from '../rules/proposal'
import { reviewsOf, visibleReview } from '../store'

/**
 * The committee's 组织评定 once voting is over: every member graded, 优秀
 * within the organisation's ratio, reasons for 基本合格 and 不合格. It may be
 * redrafted until 公示 begins.
 */
export const proposeGrades = async (ctx: Context, input: ProposalInput): Promise<ReviewProgress> => {
  const { db, caller, now } = ctx
  const review = await visibleReview(db, caller.member, input.reviewId)
  if (!sitsOnCommittee(caller.member, review.branchId))
    throw new AppError('FORBIDDEN', '只有本支部委员会可以提出组织评定')
  assertDeciding(review, now)
  const proposal = checkedProposal(review, input.grades)
  const changes = {
    status: 'proposed' as const,
    proposal,
    proposedBy: caller.member._id,
    proposedAt: now,
    updatedAt: now,
  }
  await reviewsOf(db)
    .doc(review._id)
    .update({ data: { ...changes, proposal: db.command.set(proposal) } })
  await sealBallots(db, review._id)
  return progressOf(db, { ...review, ...changes }, now)
}
