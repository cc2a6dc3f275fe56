import type { Claim } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { ClaimDoc } from '../../common/db/models/points'
import { memberNames, toClaim } from '../views'

/** The caller's claims, newest first: pending, approved (with points) or rejected (with the reason). */
export const myClaims = async ({ db, caller }: Context): Promise<Claim[]> => {
  const { data } = await db
    .collection<ClaimDoc>(collections.pointsClaims.name)
    .where({ memberId: caller.member._id })
    .orderBy('createdAt', 'desc')
    .limit(50)
    .get()
  const names = await memberNames(db, [caller.member._id, ...data.map((claim) => claim.reviewedBy ?? '')])
  return data.map((claim) => toClaim(claim, names))
}
