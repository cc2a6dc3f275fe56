import type { ManagedNotice } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import { branchNameMap, receiptCounts } from '../../common/notices/store'
import { assertPublished, getManageableNotice } from '../managed'
import { toManaged } from '../views'

/** Hides the notice from members. The record, its versions and its receipts stay for the ledger and statistics. */
export const withdrawNotice = async (
  { db, caller, now }: Context,
  input: { noticeId: string },
): Promise<ManagedNotice> => {
  const { notice, places } = await getManageableNotice(db, caller.member, input.noticeId)
  assertPublished(notice)
  const changes = { status: 'withdrawn' as const, withdrawnAt: now, withdrawnBy: caller.member._id, updatedAt: now }
  // Conditional on still being published, so two withdrawals cannot both record who withdrew it.
  const { stats } = await db
    .collection(collections.notices.name)
    .where({ _id: notice._id, status: 'published' })
    .update({ data: changes })
  if (stats.updated !== 1) throw new AppError('NOTICE_WITHDRAWN')
  const [counts, branchNames] = await Promise.all([receiptCounts(db, [notice._id]), branchNameMap(db)])
  return toManaged(
    { ...notice, ...changes },
    branchNames,
    { read: counts.reads.get(notice._id) ?? 0, acked: counts.acks.get(notice._id) ?? 0 },
    caller.member,
    places,
  )
}
