import type { Database } from '../common/db/database'
import type { EventDoc, LeaveDoc } from '../common/db/models/events'
import type { MemberDoc } from '../common/db/models/members'
import { sendMessages, type SendReport } from '../common/notices/messages'
import { readSettings } from '../common/notices/settings'
import { leaveDecisionMessage } from '../common/notices/templates'

const NOBODY: SendReport = { sent: 0, failed: 0, notSubscribed: 0 }

/**
 * After 请假审批 the member who asked hears the decision (with the reason of a
 * rejection) through the 请假审批结果 template, if they opted in when asking.
 * The decision is saved already: a WeChat error is recorded on the delivery,
 * anything else is logged, and neither reaches the secretary.
 */
export const tellLeaveDecision = async (
  db: Database,
  event: EventDoc,
  leave: LeaveDoc,
  member: MemberDoc | undefined,
  now: Date,
): Promise<SendReport> => {
  if (!member || !leave.decidedAt) return NOBODY
  try {
    const settings = await readSettings(db)
    const decidedAt = leave.decidedAt.getTime()
    return await sendMessages(db, {
      purpose: 'leave',
      messageKind: 'leave',
      noticeId: null,
      eventId: event._id,
      deliveryId: (memberId) => `leave:${event._id}:${memberId}:${leave.status}:${decidedAt}`,
      recipients: [member],
      message: leaveDecisionMessage(settings.templates.leave, {
        eventId: event._id,
        title: event.title,
        start: new Date(event.start),
        approved: leave.status === 'approved',
        note: leave.decisionNote ?? null,
      }),
      now,
    })
  } catch (error) {
    console.error('Telling a member the leave decision failed', error)
    return NOBODY
  }
}
