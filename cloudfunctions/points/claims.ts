import { CATEGORY_LABELS } from '../common/contract/points'
import { missing } from '../common/rules/access'
import { collections } from '../common/db/collections'
import type { Database, Transaction } from '../common/db/database'
import type { ClaimDoc } from '../common/db/models/points'
import { grantPoints, type GrantOutcome } from '../common/points/grantPoints'

export const claimKey = (claimId: string) => `claim:${claimId}`

export const findClaim = async (db: Database, claimId: string): Promise<ClaimDoc> => {
  const { data } = await db.collection<ClaimDoc>(collections.pointsClaims.name).where({ _id: claimId }).limit(1).get()
  if (!data[0]) throw missing('claim')
  return data[0]
}

/** Grants a claim's points in the caller's transaction; the claim id is the idempotency key. */
export const grantClaim = (tx: Transaction, claim: ClaimDoc, grantedBy: string, now: Date): Promise<GrantOutcome> =>
  grantPoints(
    tx,
    {
      memberId: claim.memberId,
      branchId: claim.branchId,
      category: claim.category,
      key: claimKey(claim._id),
      reason: `${CATEGORY_LABELS[claim.category]}：${claim.title}`,
      source: { kind: 'claim', id: claim._id },
      createdBy: grantedBy,
    },
    now,
  )
