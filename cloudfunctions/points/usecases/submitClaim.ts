import type { Claim, ClaimCategory } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { oncePerRequest } from '../../common/db/requests'
import { claimDoc, memberTotalsId, type ClaimDoc, type MemberTotalsDoc } from '../../common/db/models/points'
import { currentRules, ruleFor } from '../../common/points/rules'
import { periodKey } from '../../common/periods'
import { grantClaim } from '../claims'
import { memberNames, toClaim } from '../views'

interface ClaimInput {
  category: ClaimCategory
  title: string
  content: string
  photoFileID?: string
  requestId?: string
}

const CAP_NAMES: Record<ClaimCategory, string> = { reflection: '心得体会', offline: '线下学习' }

/** Saves the member a wasted write-up: a claim that could earn nothing this month is refused up front. */
const assertRoomThisMonth = async (
  db: Database,
  memberId: string,
  category: ClaimCategory,
  cap: number | null,
  now: Date,
) => {
  if (cap === null) return
  const { data } = await db
    .collection<MemberTotalsDoc>(collections.pointsTotals.name)
    .where({ _id: memberTotalsId(memberId, periodKey('month', now)) })
    .limit(1)
    .get()
  if ((data[0]?.byCategory[category] ?? 0) >= cap)
    throw new AppError('POINTS_CAP_REACHED', `本月${CAP_NAMES[category]}积分已达上限（${cap} 分），下月再提交吧`)
}

/**
 * A reflection or offline study for the branch secretary; granted at once if
 * the rules need no approval. A retry with the same request id answers the
 * claim the first try made (even once the month's cap is reached by it).
 */
export const submitClaim = async ({ db, caller, now }: Context, input: ClaimInput): Promise<Claim> => {
  const me = caller.member
  const request = {
    collection: collections.pointsClaims.name,
    prefix: 'c',
    ownerId: me._id,
    requestId: input.requestId,
    isOwners: (doc: ClaimDoc) => doc.memberId === me._id,
  }
  const saved = await oncePerRequest(db, request, async (claimId) => {
    const rule = ruleFor(await currentRules(db), input.category)
    await assertRoomThisMonth(db, me._id, input.category, rule.monthlyCap, now)
    const claim = claimDoc(claimId, me, input, now)
    if (!rule.needsApproval) return approveAtOnce(db, claim, now)
    await db.collection(collections.pointsClaims.name).add({ data: claim })
    return claim
  })
  return toClaim(saved, await memberNames(db, [me._id]))
}

const approveAtOnce = (db: Database, claim: ClaimDoc, now: Date): Promise<ClaimDoc> =>
  db.runTransaction(async (tx) => {
    await tx.collection(collections.pointsClaims.name).add({ data: claim })
    const outcome = await grantClaim(tx, claim, 'system', now)
    const decided = {
      status: 'approved' as const,
      reviewedAt: now,
      grantedPoints: outcome.points,
      grantMessage: outcome.message ?? null,
    }
    await tx.collection(collections.pointsClaims.name).doc(claim._id).update({ data: decided })
    return { ...claim, ...decided }
  })
