import type { DuesBaseView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import { getMember } from '../../common/db/members'
import type { DuesBaseDoc } from '../../common/db/models/dues'
import { placeOf } from '../../common/db/units'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { assertManagesOrAdministers, missing } from '../../common/rules/access'
import { baseView } from '../views'

/**
 * The branch's secretary (or the admin) sends a declared base back with a
 * reason the member reads; the member declares again. A confirmed base is not
 * sent back; sending it back again answers the first return.
 */
export const returnBase = async (
  { db, caller, now }: Context,
  { baseId, reason }: ParsedInputOf<typeof duesContract.returnBase>,
): Promise<DuesBaseView> => {
  const bases = db.collection<DuesBaseDoc>(collections.duesBases.name)
  const { data } = await bases.where({ _id: baseId }).limit(1).get()
  const base = data[0]
  if (!base) throw missing('member')
  assertManagesOrAdministers(
    caller.member,
    'member',
    await placeOf(db, caller.member, base.branchId),
    '只有本支部书记可以退回党费基数',
  )
  const member = await getMember(db, base.memberId)
  if (base.status === 'returned') return baseView(base, member.name)
  if (base.status === 'confirmed') throw new AppError('DUES_BASE_CONFIRMED')
  const returned = { status: 'returned' as const, returnReason: reason, returnedBy: caller.member._id, returnedAt: now }
  await bases.doc(baseId).update({ data: returned })
  return baseView({ ...base, ...returned }, member.name)
}
