import type { RosterEntry } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import { findBranch, getAdministeredMember } from '../../common/db/members'
import { toRosterEntry } from '../views'

/** Frees a roster entry for a new WeChat account (lost phone, changed account). */
export const unbindMember = async ({ db, caller, now }: Context, input: { memberId: string }): Promise<RosterEntry> => {
  const member = await getAdministeredMember(db, caller.member, input.memberId)
  const openid = member.openid
  if (!openid) throw new AppError('INVALID_INPUT', '该党员尚未绑定微信')
  await db.runTransaction(async (tx) => {
    await tx.collection(collections.bindings.name).doc(openid).remove()
    await tx
      .collection(collections.members.name)
      .doc(member._id)
      .update({ data: { openid: null, boundAt: null } })
    await tx.collection(collections.memberHistory.name).add({
      data: { memberId: member._id, at: now, by: caller.member._id, change: 'unbind', from: '已绑定', to: '未绑定' },
    })
  })
  const branch = await findBranch(db, member.branchId)
  return toRosterEntry({ ...member, openid: null, boundAt: null }, branch ?? undefined, true)
}
