import type { DuesBaseView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import { listBranchMembers } from '../../common/db/members'
import type { DuesBaseDoc } from '../../common/db/models/dues'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { administers, managesBranch } from '../../common/rules/access'
import { baseView } from '../views'
import { placeOf } from '../../common/db/units'

/** Bases the branch's members declared and the secretary has yet to confirm. */
export const pendingBases = async (
  { db, caller }: Context,
  { branchId }: ParsedInputOf<typeof duesContract.pendingBases>,
): Promise<DuesBaseView[]> => {
  if (
    !managesBranch(caller.member, branchId) &&
    !administers(caller.member, await placeOf(db, caller.member, branchId))
  )
    throw new AppError('FORBIDDEN', '只有本支部书记可以确认党费基数')
  const [{ data }, members] = await Promise.all([
    db.collection<DuesBaseDoc>(collections.duesBases.name).where({ branchId, status: 'declared' }).limit(1000).get(),
    listBranchMembers(db, branchId),
  ])
  const names = new Map(members.map((member) => [member._id, member.name]))
  return data
    .filter((base) => names.has(base.memberId))
    .sort((a, b) => a.declaredAt.getTime() - b.declaredAt.getTime())
    .map((base) => baseView(base, names.get(base.memberId) ?? ''))
}
