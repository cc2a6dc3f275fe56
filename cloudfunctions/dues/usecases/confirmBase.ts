import type { DuesBaseView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import type { Context } from '../../common/handler'
import { assertUnpaidFrom, managedBase } from '../bases'
import { baseView } from '../views'

/** The branch's secretary (or the admin) confirms a declared base; confirming it again answers the same. */
export const confirmBase = async (
  { db, caller, now }: Context,
  { baseId }: ParsedInputOf<typeof duesContract.confirmBase>,
): Promise<DuesBaseView> => {
  const { base, member } = await managedBase(db, caller.member, baseId, '只有本支部书记可以确认党费基数')
  if (base.status === 'confirmed') return baseView(base, member.name)
  await assertUnpaidFrom(db, base.memberId, base.fromMonth)
  const confirmed = { ...base, status: 'confirmed' as const, confirmedBy: caller.member._id, confirmedAt: now }
  await db
    .collection(collections.duesBases.name)
    .doc(baseId)
    .update({ data: { status: 'confirmed', confirmedBy: caller.member._id, confirmedAt: now } })
  return baseView(confirmed, member.name)
}
