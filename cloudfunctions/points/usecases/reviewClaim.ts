import type { Claim } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { ClaimDoc } from '../../common/db/models/points'
import { assertManagesOrAdministers, missing } from '../../common/rules/access'
import { readInTransaction } from '../../common/points/txRead'
import { findClaim, grantClaim } from '../claims'
import { memberNames, toClaim } from '../views'
import { placeOf } from '../../common/db/units'

type ReviewInput = { claimId: string; decision: 'approve' } | { claimId: string; decision: 'reject'; reason: string }

/** The branch secretary (or the admin, e.g. for the secretary's own claims) decides; nobody approves their own. */
const assertMayReview = async (ctx: Context, claim: ClaimDoc) => {
  const me = ctx.caller.member
  assertManagesOrAdministers(me, 'claim', await placeOf(ctx.db, me, claim.branchId), '只能审核本支部的申请')
  if (claim.memberId === me._id) throw new AppError('FORBIDDEN', '不能审核自己的申请')
}

/** Approval grants the points and closes the claim in one transaction; rejection records the reason the member sees. */
export const reviewClaim = async (ctx: Context, input: ReviewInput): Promise<Claim> => {
  const { db, caller, now } = ctx
  await assertMayReview(ctx, await findClaim(db, input.claimId))
  const decided = await db.runTransaction(async (tx) => {
    const claim = await readInTransaction<ClaimDoc>(tx, collections.pointsClaims.name, input.claimId)
    if (!claim) throw missing('claim')
    if (claim.status !== 'pending') throw new AppError('CLAIM_NOT_PENDING')
    const review = { reviewedBy: caller.member._id, reviewedAt: now }
    const change =
      input.decision === 'approve'
        ? await grantClaim(tx, claim, caller.member._id, now).then((outcome) => ({
            ...review,
            status: 'approved' as const,
            grantedPoints: outcome.points,
            grantMessage: outcome.message ?? null,
          }))
        : { ...review, status: 'rejected' as const, rejectReason: input.reason }
    await tx.collection(collections.pointsClaims.name).doc(claim._id).update({ data: change })
    return { ...claim, ...change }
  })
  return toClaim(decided, await memberNames(db, [decided.memberId, caller.member._id]))
}
