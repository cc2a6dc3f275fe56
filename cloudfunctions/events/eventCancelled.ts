import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { EventDoc } from '../common/db/models/events'
import type { MemberDoc } from '../common/db/models/members'
import type { NoticeDoc } from '../common/db/models/notices'
import { sendMessages, type SendReport } from '../common/notices/messages'
import { readSettings } from '../common/notices/settings'
import { activeMembersOf } from '../common/notices/store'
import { cancelledMessage, meetingCancelledMessage } from '../common/notices/templates'

type Settings = Awaited<ReturnType<typeof readSettings>>

const addUp = (report: SendReport, sent: SendReport) => {
  report.sent += sent.sent
  report.failed += sent.failed
  report.notSubscribed += sent.notSubscribed
}

/** Meeting notices show 已取消 and their recipients get the notice template, once each. */
const tellNoticeRecipients = async (db: Database, notices: NoticeDoc[], settings: Settings, now: Date) => {
  const report: SendReport = { sent: 0, failed: 0, notSubscribed: 0 }
  for (const notice of notices) {
    await db
      .collection(collections.notices.name)
      .doc(notice._id)
      .update({ data: { cancelledAt: now, updatedAt: now } })
    addUp(
      report,
      await sendMessages(db, {
        purpose: 'cancel',
        messageKind: 'notice',
        noticeId: notice._id,
        eventId: notice.eventId ?? null,
        deliveryId: (memberId) => `cancel:${notice._id}:${memberId}`,
        recipients: await activeMembersOf(db, notice.branchIds),
        message: cancelledMessage(settings.templates.notice, notice, now),
        now,
      }),
    )
  }
  return report
}

/** Without a meeting notice, the event's own expected members get the 会前提醒 template, once each. */
const tellExpectedMembers = async (db: Database, event: EventDoc, note: string, settings: Settings, now: Date) => {
  const ids = event.expectedMemberIds.slice(0, 1000)
  if (!ids.length) return { sent: 0, failed: 0, notSubscribed: 0 }
  const { data: recipients } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ _id: db.command.in(ids), status: 'active' })
    .limit(1000)
    .get()
  return sendMessages(db, {
    purpose: 'cancel',
    messageKind: 'meeting',
    noticeId: null,
    eventId: event._id,
    deliveryId: (memberId) => `cancel-event:${event._id}:${memberId}`,
    recipients,
    message: meetingCancelledMessage(
      settings.templates.meeting,
      { eventId: event._id, title: event.title, start: new Date(event.start), venue: event.venue.name },
      note,
    ),
    now,
  })
}

/**
 * Called by the events function once a meeting is cancelled: its meeting
 * notices show 已取消 and their recipients are told; a meeting announced
 * without a notice tells its expected members directly. `pointsReversed`
 * says whether attendance points were taken back, so the message says so.
 * The cancellation is already saved, so a failure here is logged, never
 * thrown back at the secretary.
 */
export const notifyEventCancelled = async (
  db: Database,
  event: EventDoc,
  pointsReversed: boolean,
  now: Date,
): Promise<SendReport> => {
  try {
    const [{ data: notices }, settings] = await Promise.all([
      db
        .collection<NoticeDoc>(collections.notices.name)
        .where({ eventId: event._id, status: 'published', cancelledAt: null })
        .limit(100)
        .get(),
      readSettings(db),
    ])
    if (notices.length) return await tellNoticeRecipients(db, notices, settings, now)
    const note = pointsReversed ? '活动已取消，签到所得积分已撤回' : '活动已取消，请留意后续安排'
    return await tellExpectedMembers(db, event, note, settings, now)
  } catch (error) {
    console.error('Telling the members of a cancelled meeting failed', error)
    return { sent: 0, failed: 0, notSubscribed: 0 }
  }
}
