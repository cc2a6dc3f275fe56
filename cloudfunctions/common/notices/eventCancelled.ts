import { collections } from '../db/collections'
import type { Database } from '../db/database'
import type { NoticeDoc } from '../db/models/notices'
import { sendMessages, type SendReport } from './messages'
import { readSettings } from './settings'
import { activeMembersOf } from './store'
import { cancelledMessage } from './templates'

/**
 * Called by the events function once a meeting is cancelled: its meeting
 * notices show 已取消 and their recipients get a subscribe message (once each,
 * by the delivery id). The cancellation is already saved, so a failure here is
 * logged, never thrown back at the secretary.
 */
export const notifyEventCancelled = async (db: Database, eventId: string, now: Date): Promise<SendReport> => {
  const report: SendReport = { sent: 0, failed: 0, notSubscribed: 0 }
  try {
    const { data: notices } = await db
      .collection<NoticeDoc>(collections.notices.name)
      .where({ eventId, status: 'published', cancelledAt: null })
      .limit(100)
      .get()
    if (!notices.length) return report
    const settings = await readSettings(db)
    for (const notice of notices) {
      await db
        .collection(collections.notices.name)
        .doc(notice._id)
        .update({ data: { cancelledAt: now, updatedAt: now } })
      const sent = await sendMessages(db, {
        purpose: 'cancel',
        messageKind: 'notice',
        noticeId: notice._id,
        eventId,
        deliveryId: (memberId) => `cancel:${notice._id}:${memberId}`,
        recipients: await activeMembersOf(db, notice.branchIds),
        message: cancelledMessage(settings.templates.notice, notice, now),
        now,
      })
      report.sent += sent.sent
      report.failed += sent.failed
      report.notSubscribed += sent.notSubscribed
    }
  } catch (error) {
    console.error('Telling the recipients of a cancelled meeting failed', error)
  }
  return report
}
