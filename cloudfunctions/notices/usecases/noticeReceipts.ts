import type { NoticeReceipts } from '../../common/contract'
import type { Context } from '../../common/handler'
import { assertReceiptBranches } from '../../common/notices/audience'
import { branchNameMap, getNotice } from '../../common/notices/store'
import { isUnread, receiptRows, toPerson } from '../receipts'
import { toManaged } from '../views'

/**
 * Read / 签阅 / unread names and counts of one notice. The publisher, leaders
 * and admins see every branch it went to; the secretary of one of those
 * branches sees their own branch.
 */
export const noticeReceipts = async ({ db, caller }: Context, input: { noticeId: string }): Promise<NoticeReceipts> => {
  const notice = await getNotice(db, input.noticeId)
  const branchIds = assertReceiptBranches(caller.member, notice)
  const [rows, branchNames] = await Promise.all([receiptRows(db, notice, branchIds), branchNameMap(db)])
  const people = (keep: (row: (typeof rows)[number]) => boolean) =>
    rows.filter(keep).map((row) => toPerson(row, branchNames))
  const acknowledged = people((row) => Boolean(row.ack))
  const readOnly = people((row) => Boolean(row.read) && !row.ack)
  const unread = people(isUnread)
  return {
    notice: toManaged(
      notice,
      branchNames,
      { read: acknowledged.length + readOnly.length, acked: acknowledged.length },
      caller.member,
    ),
    counts: {
      recipients: rows.length,
      read: acknowledged.length + readOnly.length,
      acked: acknowledged.length,
      unread: unread.length,
    },
    acknowledged,
    readOnly,
    unread,
    lastRemindedAt: notice.lastRemindedAt ? new Date(notice.lastRemindedAt).toISOString() : null,
  }
}
