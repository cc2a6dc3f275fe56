import type { ManagedNotice } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { NoticeDoc } from '../../common/db/models/notices'
import { branchNameMap, receiptCounts } from '../../common/notices/store'
import { publishesOrganisation } from '../../common/notices/audience'
import { toManaged } from '../views'

const PAGE_SIZE = 20

/**
 * 通知管理: leaders and admins see every notice; a secretary sees the notices
 * addressed to their branch (their own and the organisation's), withdrawn ones included.
 */
export const listManagedNotices = async (
  { db, caller }: Context,
  input: { offset?: number },
): Promise<{ items: ManagedNotice[]; hasMore: boolean }> => {
  const filter = publishesOrganisation(caller.member) ? {} : { branchIds: caller.member.branchId }
  const { data } = await db
    .collection<NoticeDoc>(collections.notices.name)
    .where(filter)
    .orderBy('publishedAt', 'desc')
    .skip(input.offset ?? 0)
    .limit(PAGE_SIZE + 1)
    .get()
  const page = data.slice(0, PAGE_SIZE)
  const [counts, branchNames] = await Promise.all([
    receiptCounts(
      db,
      page.map((notice) => notice._id),
    ),
    branchNameMap(db),
  ])
  const items = page.map((notice) =>
    toManaged(
      notice,
      branchNames,
      { read: counts.reads.get(notice._id) ?? 0, acked: counts.acks.get(notice._id) ?? 0 },
      caller.member,
    ),
  )
  return { items, hasMore: data.length > PAGE_SIZE }
}
