import type { ReviewInvite } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { InviteDoc } from '../../common/db/models/members'
import { findMember } from '../../common/db/members'
import { newInviteCode } from '../invites'
import { findRoot } from '../../common/db/units'
import { REVIEW_ACCOUNT_ID, reviewBranch, reviewBranchMembers } from '../review'

const DAY_MS = 24 * 3600 * 1000

/**
 * Admin: a fresh invite to the 审核 account for `days` days. Creates (or resets)
 * the demo branch and its entries, ends the previous reviewer's binding and
 * earlier review invites; every entry of the branch is refused after the period.
 */
export const createReviewInvite = async (
  { db, caller, now }: Context,
  input: { days: number },
): Promise<ReviewInvite> => {
  const until = new Date(now.getTime() + input.days * DAY_MS)
  const reviewUnit = reviewBranch(await findRoot(db), now)
  const entries = reviewBranchMembers(reviewUnit, now, until)
  const bound = (await Promise.all(entries.map((entry) => findMember(db, entry._id)))).filter((m) => m?.openid)
  await db
    .collection<InviteDoc>(collections.invites.name)
    .where({ branchId: reviewUnit._id, usedAt: null })
    .update({ data: { expiresAt: now } })
  const code = newInviteCode()
  await db.runTransaction(async (tx) => {
    const { _id: branchId, ...branch } = reviewUnit
    await tx.collection(collections.units.name).doc(branchId).set({ data: branch })
    for (const member of bound) await tx.collection(collections.bindings.name).doc(member!.openid!).remove()
    for (const { _id, ...entry } of entries) await tx.collection(collections.members.name).doc(_id).set({ data: entry })
    await tx.collection(collections.invites.name).add({
      data: {
        _id: code,
        memberId: REVIEW_ACCOUNT_ID,
        branchId,
        createdBy: caller.member._id,
        expiresAt: until,
        usedAt: null,
      },
    })
  })
  return { code, expiresAt: until.toISOString(), branchName: reviewUnit.name, memberName: entries[0].name }
}
