import type { Profile } from '../../common/contract'
import type { ParsedInputOf } from '../../common/contract/define'
import type { membersContract } from '../../common/contract/members'
import type { Caller } from '../../common/caller'
import type { Context } from '../../common/handler'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { findBranch } from '../../common/db/members'
import type { InviteDoc, MemberDoc } from '../../common/db/models/members'
import { countAttempt } from '../bindAttempts'
import { toProfile } from '../views'

type BindInput = ParsedInputOf<typeof membersContract.bind>

/**
 * Binds this WeChat user to exactly one unbound roster entry (by name + phone or an invite code).
 * Every attempt counts against the rate limit before anything is checked.
 */
export const bindMember = async ({ db, caller, now }: Context<Caller>, input: BindInput): Promise<Profile> => {
  if (caller.member) throw new AppError('ALREADY_BOUND')
  const guess = 'inviteCode' in input ? `invite:${input.inviteCode}` : `${input.name}\n${input.phone}`
  await countAttempt(db, caller.openid, guess, now)
  const target =
    'inviteCode' in input ? await memberByInvite(db, input.inviteCode, now) : await memberByIdentity(db, input)
  const member = await bindInTransaction(db, caller.openid, target, now)
  return toProfile(member, (await findBranch(db, member.branchId)) ?? undefined, now)
}

interface BindTarget {
  memberId: string
  inviteCode?: string
}

const memberByIdentity = async (db: Database, input: { name: string; phone: string }): Promise<BindTarget> => {
  const { data } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ phone: input.phone, name: input.name, status: 'active' })
    .limit(2)
    .get()
  // A bound entry answers like no entry: otherwise guesses would confirm members' phone numbers.
  if (data.length !== 1 || data[0].openid) throw new AppError('BIND_NO_MATCH')
  return { memberId: data[0]._id }
}

const memberByInvite = async (db: Database, code: string, now: Date): Promise<BindTarget> => {
  const { data } = await db.collection<InviteDoc>(collections.invites.name).where({ _id: code }).limit(1).get()
  const invite = data[0]
  if (!invite || invite.usedAt || new Date(invite.expiresAt) <= now) throw new AppError('INVITE_INVALID')
  return { memberId: invite.memberId, inviteCode: code }
}

/** The binding document's `_id` is the OPENID, so two concurrent binds of one user cannot both succeed. */
const bindInTransaction = (db: Database, openid: string, target: BindTarget, now: Date): Promise<MemberDoc> =>
  db
    .runTransaction(async (tx) => {
      const { data: member } = await tx.collection<MemberDoc>(collections.members.name).doc(target.memberId).get()
      if (member.openid || member.status !== 'active') throw new AppError('BIND_TAKEN')
      await tx.collection(collections.bindings.name).add({ data: { _id: openid, memberId: member._id, boundAt: now } })
      await tx
        .collection(collections.members.name)
        .doc(member._id)
        .update({ data: { openid, boundAt: now } })
      if (target.inviteCode)
        await tx
          .collection(collections.invites.name)
          .doc(target.inviteCode)
          .update({ data: { usedAt: now } })
      await tx.collection(collections.memberHistory.name).add({
        data: {
          memberId: member._id,
          at: now,
          by: member._id,
          change: 'bind',
          from: '',
          to: target.inviteCode ? '邀请码绑定' : '姓名手机号绑定',
        },
      })
      return { ...member, openid, boundAt: now }
    })
    .catch((error: unknown) => {
      if (isDuplicateKeyError(error)) throw new AppError('ALREADY_BOUND')
      throw error
    })
