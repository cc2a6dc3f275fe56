import type { TimerContext } from '../../common/handler'
import { eventsStartingWithin, meetingAttendees } from '../meetings'
import { sendMessages, type SendReport } from '../../common/notices/messages'
import { readSettings } from '../../common/notices/settings'
import { meetingMessage } from '../../common/notices/templates'

export interface MeetingRemindersReport extends SendReport {
  meetings: number
}

/**
 * Timer: for every planned meeting starting within the lead time, a 会前提醒
 * to each expected member (not on approved leave) who opted in. The delivery
 * id `meeting:<eventId>:<memberId>` makes it once per member per meeting,
 * however often (or concurrently) the timer fires.
 */
export const sendMeetingReminders = async ({ db, now }: TimerContext): Promise<MeetingRemindersReport> => {
  const settings = await readSettings(db)
  const report: MeetingRemindersReport = { meetings: 0, sent: 0, failed: 0, notSubscribed: 0 }
  if (!settings.templates.meeting) return report
  for (const event of await eventsStartingWithin(db, now, settings.leadMinutes)) {
    const start = new Date(event.start)
    const minutesLeft = Math.max(1, Math.round((start.getTime() - now.getTime()) / 60_000))
    const sent = await sendMessages(db, {
      purpose: 'meeting',
      messageKind: 'meeting',
      noticeId: null,
      eventId: event._id,
      deliveryId: (memberId) => `meeting:${event._id}:${memberId}`,
      recipients: await meetingAttendees(db, event),
      message: meetingMessage(
        settings.templates.meeting,
        { eventId: event._id, title: event.title, start, venue: event.venue.name },
        minutesLeft,
      ),
      now,
    })
    report.meetings++
    report.sent += sent.sent
    report.failed += sent.failed
    report.notSubscribed += sent.notSubscribed
  }
  return report
}
