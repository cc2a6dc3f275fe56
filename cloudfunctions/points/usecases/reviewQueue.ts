import type { Claim, ClaimStatus } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { ClaimDoc } from '../../common/db/models/points'
import { assertManagesBranch } from '../../common/rules/access'
import { memberNames, toClaim } from '../views'

/** The secretary's own branch only: pending claims oldest first (fair order), decided ones newest first. */
export const reviewQueue = async ({ db, caller }: Context, input: { status?: ClaimStatus }): Promise<Claim[]> => {
  const me = caller.member
  assertManagesBranch(me, me.branchId)
  const status = input.status ?? 'pending'
  const { data } = await db
    .collection<ClaimDoc>(collections.pointsClaims.name)
    .where({ branchId: me.branchId, status })
    .orderBy('createdAt', status === 'pending' ? 'asc' : 'desc')
    .limit(100)
    .get()
  const names = await memberNames(
    db,
    data.flatMap((claim) => [claim.memberId, claim.reviewedBy ?? '']),
  )
  return data.map((claim) => toClaim(claim, names))
}
