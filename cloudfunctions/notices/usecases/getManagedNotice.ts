import type { ManagedNoticeDetail } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { NoticeVersionDoc } from '../../common/db/models/notices'
import { assertReceiptBranches } from '../../common/notices/audience'
import { branchNameMap, receiptCounts } from '../../common/notices/store'
import { placedNotice } from '../managed'
import { toEventInfo, toManaged, toVersionEntry } from '../views'

/** A notice with its content and every version, for its publisher, leaders and the secretaries it reached. */
export const getManagedNotice = async (
  { db, caller }: Context,
  input: { noticeId: string },
): Promise<ManagedNoticeDetail> => {
  const { notice, places } = await placedNotice(db, caller.member, input.noticeId)
  assertReceiptBranches(caller.member, notice, places)
  const [counts, branchNames, { data: versions }] = await Promise.all([
    receiptCounts(db, [notice._id]),
    branchNameMap(db),
    db
      .collection<NoticeVersionDoc>(collections.noticeVersions.name)
      .where({ noticeId: notice._id })
      .orderBy('version', 'desc')
      .limit(100)
      .get(),
  ])
  const counted = { read: counts.reads.get(notice._id) ?? 0, acked: counts.acks.get(notice._id) ?? 0 }
  return {
    ...toManaged(notice, branchNames, counted, caller.member, places),
    body: notice.body,
    attachments: notice.attachments,
    event: toEventInfo(notice.event),
    scope: notice.scope,
    branchIds: notice.branchIds,
    versions: versions.map(toVersionEntry),
  }
}
