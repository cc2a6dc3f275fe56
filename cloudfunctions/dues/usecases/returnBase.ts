import type { DuesBaseView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { managedBase } from '../bases'
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
  const { base, member } = await managedBase(db, caller.member, baseId, '只有本支部书记可以退回党费基数')
  if (base.status === 'returned') return baseView(base, member.name)
  if (base.status === 'confirmed') throw new AppError('DUES_BASE_CONFIRMED')
  const returned = { status: 'returned' as const, returnReason: reason, returnedBy: caller.member._id, returnedAt: now }
  await db.collection(collections.duesBases.name).doc(baseId).update({ data: returned })
  return baseView({ ...base, ...returned }, member.name)
}
