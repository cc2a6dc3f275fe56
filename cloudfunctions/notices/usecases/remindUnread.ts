import type { RemindResult } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { NoticeDoc } from '../../common/db/models/notices'
import { assertReceiptBranches } from '../../common/notices/audience'
import { sendMessages } from '../../common/notices/messages'
import { readSettings } from '../../common/notices/settings'
import { placedNotice } from '../managed'
import { reminderMessage } from '../../common/notices/templates'
import { readInTransaction } from '../../common/points/txRead'
import { isUnread, receiptRows } from '../receipts'

/** Members are not to be nagged: one reminder per notice per ten minutes, whoever presses the button. */
export const REMIND_COOLDOWN_MINUTES = 10

/** Starts reminder round n+1, or refuses while the last round is recent; the transaction makes double taps one round. */
const startRound = (db: Database, noticeId: string, now: Date): Promise<number> =>
  db.runTransaction(async (tx) => {
    const notice = await readInTransaction<NoticeDoc>(tx, collections.notices.name, noticeId)
    if (!notice || notice.status !== 'published') throw new AppError('NOTICE_WITHDRAWN')
    const last = notice.lastRemindedAt ? new Date(notice.lastRemindedAt).getTime() : 0
    const wait = Math.ceil((last + REMIND_COOLDOWN_MINUTES * 60_000 - now.getTime()) / 60_000)
    if (wait > 0) throw new AppError('NOTICE_REMIND_TOO_SOON', `刚刚已提醒过，请 ${wait} 分钟后再试`)
    const round = (notice.remindCount ?? 0) + 1
    await tx
      .collection(collections.notices.name)
      .doc(noticeId)
      .update({ data: { remindCount: round, lastRemindedAt: now } })
    return round
  })

/** Sends a reminder to each unread member (of the branches the caller oversees) who holds a subscription credit. */
export const remindUnread = async (
  { db, caller, now }: Context,
  input: { noticeId: string },
): Promise<RemindResult> => {
  const { notice, places } = await placedNotice(db, caller.member, input.noticeId)
  const branchIds = assertReceiptBranches(caller.member, notice, places)
  if (notice.status !== 'published') throw new AppError('NOTICE_WITHDRAWN', '该通知已撤回，不能再提醒')
  const unread = (await receiptRows(db, notice, branchIds)).filter(isUnread).map((row) => row.member)
  if (!unread.length) return { unread: 0, sent: 0, failed: 0, notSubscribed: 0 }
  const round = await startRound(db, notice._id, now)
  const settings = await readSettings(db)
  const report = await sendMessages(db, {
    purpose: 'remind',
    messageKind: 'reminder',
    noticeId: notice._id,
    eventId: notice.eventId,
    deliveryId: (memberId) => `remind:${notice._id}:${round}:${memberId}`,
    recipients: unread.filter((member) => member.status === 'active'),
    message: reminderMessage(settings.templates.reminder, notice),
    now,
  })
  return { unread: unread.length, ...report }
}
