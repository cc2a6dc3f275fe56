import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import { getMember } from '../../common/db/members'
import { assertManagesRecord } from '../../common/rules/access'
import { newInviteCode } from '../invites'
import { homePlace } from '../../common/db/models/units'

const VALID_DAYS = 7

/** A secretary's one-time code that lets an unbound member of their branch bind without matching name and phone. */
export const createInvite = async (
  { db, caller, now }: Context,
  input: { memberId: string },
): Promise<{ code: string; expiresAt: string }> => {
  const member = await getMember(db, input.memberId)
  assertManagesRecord(caller.member, 'member', homePlace(member), '只能为本支部党员生成邀请码')
  if (member.openid) throw new AppError('BIND_TAKEN', '该党员已绑定微信，无需邀请码')
  if (member.status !== 'active') throw new AppError('FORBIDDEN', '该党员状态不是正常，不能绑定')
  const code = newInviteCode()
  const expiresAt = new Date(now.getTime() + VALID_DAYS * 24 * 3600 * 1000)
  await db.collection(collections.invites.name).add({
    data: {
      _id: code,
      memberId: member._id,
      branchId: member.branchId,
      createdBy: caller.member._id,
      expiresAt,
      usedAt: null,
    },
  })
  return { code, expiresAt: expiresAt.toISOString() }
}
