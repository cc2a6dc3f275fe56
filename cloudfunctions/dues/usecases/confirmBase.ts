import type { DuesBaseView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import { getMember } from '../../common/db/members'
import type { DuesBaseDoc } from '../../common/db/models/dues'
import type { Context } from '../../common/handler'
import { assertManagesOrAdministers, missing } from '../../common/rules/access'
import { assertUnpaidFrom } from '../bases'
import { baseView } from '../views'
import { placeOf } from '../../common/db/units'

/** The branch's secretary (or the admin) confirms a declared base; confirming it again answers the same. */
export const confirmBase = async (
  { db, caller, now }: Context,
  { baseId }: ParsedInputOf<typeof duesContract.confirmBase>,
): Promise<DuesBaseView> => {
  const bases = db.collection<DuesBaseDoc>(collections.duesBases.name)
  const { data } = await bases.where({ _id: baseId }).limit(1).get()
  const base = data[0]
  if (!base) throw missing('member')
  assertManagesOrAdministers(
    caller.member,
    'member',
    await placeOf(db, caller.member, base.branchId),
    '只有本支部书记可以确认党费基数',
  )
  const member = await getMember(db, base.memberId)
  if (base.status === 'confirmed') return baseView(base, member.name)
  await assertUnpaidFrom(db, base.memberId, base.fromMonth)
  const confirmed = { ...base, status: 'confirmed' as const, confirmedBy: caller.member._id, confirmedAt: now }
  await bases.doc(baseId).update({ data: { status: 'confirmed', confirmedBy: caller.member._id, confirmedAt: now } })
  return baseView(confirmed, member.name)
}
