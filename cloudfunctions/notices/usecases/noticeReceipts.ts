import type { NoticeReceipts } from '../../common/contract'
import type { Context } from '../../common/handler'
import { assertReceiptBranches } from '../../common/notices/audience'
import { branchNameMap } from '../../common/notices/store'
import { placedNotice } from '../managed'
import { isUnread, receiptRows, toPerson } from '../receipts'
import { toManaged } from '../views'

/**
 * Read / 签阅 / unread names and counts of one notice. Whoever manages it
 * sees every branch it went to; the others it reached (a branch's secretary,
 * a subtree's leader, admin or secretary) see the branches they address.
 */
export const noticeReceipts = async ({ db, caller }: Context, input: { noticeId: string }): Promise<NoticeReceipts> => {
  const { notice, places } = await placedNotice(db, caller.member, input.noticeId)
  const branchIds = assertReceiptBranches(caller.member, notice, places)
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
      places,
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
