import type { RosterEntry } from '../../common/contract'
import type { Context } from '../../common/handler'
import { hasRole } from '../../common/caller'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import { findBranch } from '../../common/db/members'
import type { MemberDoc } from '../../common/db/models/members'
import { administers, assertReadsBranch } from '../../common/rules/access'
import { toRosterEntry } from '../views'
import { placeOf } from '../../common/db/units'

const rank = (member: MemberDoc) => (hasRole(member, 'secretary') ? 0 : hasRole(member, 'committee') ? 1 : 2)

/** Secretary, then committee, then everyone by the pinyin order of their names. */
export const rosterOrder = (a: MemberDoc, b: MemberDoc) =>
  rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-Hans-CN')

/**
 * A branch's roster, every status included. Secretaries read their own branch
 * only; leaders and admins read the branches below them; both see masked phones, which only the admin
 * (who maintains the roster) sees in full.
 */
export const listRoster = async ({ db, caller }: Context, input: { branchId?: string }): Promise<RosterEntry[]> => {
  const branchId = input.branchId ?? caller.member.branchId
  const place = await placeOf(db, caller.member, branchId)
  assertReadsBranch(caller.member, place, 'FORBIDDEN', '只能查看本支部的名册')
  const branch = await findBranch(db, branchId)
  if (!branch) throw new AppError('NOT_FOUND', '支部不存在')
  const { data } = await db.collection<MemberDoc>(collections.members.name).where({ branchId }).limit(1000).get()
  const fullPhone = administers(caller.member, place)
  return data.sort(rosterOrder).map((member) => toRosterEntry(member, branch, fullPhone))
}
