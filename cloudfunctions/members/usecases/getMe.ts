import type { Me } from '../../common/contract'
import type { Caller } from '../../common/caller'
import type { Context } from '../../common/handler'
import { findBranch } from '../../common/db/members'
import { toProfile } from '../views'

export const getMe = async ({ db, caller, now }: Context<Caller>): Promise<Me> => {
  if (!caller.member) return { bound: false }
  const branch = await findBranch(db, caller.member.branchId)
  return { bound: true, profile: toProfile(caller.member, branch ?? undefined, now) }
}
