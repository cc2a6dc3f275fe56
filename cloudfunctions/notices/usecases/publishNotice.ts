import type { PublishResult } from '../../common/contract'
import type { ParsedInputOf } from '../../common/contract/define'
import type { noticesContract } from '../../common/contract/notices'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { createOnce, requestRecordId } from '../../common/db/requests'
import { listBranchDocs } from '../../common/db/members'
import type { MemberDoc } from '../../common/db/models/members'
import { noticeDoc, noticeVersionDoc, type NoticeDoc, type NoticeEventDoc } from '../../common/db/models/notices'
import { checkAttachments } from '../attachments'
import { resolveAudience, type Audience } from '../../common/notices/audience'
import { findEvent, toNoticeEvent } from '../meetings'
import { sendMessages } from '../../common/notices/messages'
import { readSettings } from '../../common/notices/settings'
import { activeMembersOf } from '../../common/notices/store'
import { publishedMessage } from '../../common/notices/templates'
import { toManaged } from '../views'

type PublishInput = ParsedInputOf<typeof noticesContract.publishNotice>

/** The meeting a meeting notice announces: planned, not over, and held by a branch the notice goes to. */
const linkedMeeting = async (db: Database, input: PublishInput, audience: Audience, now: Date) => {
  if (input.kind === 'general') return null
  if (!input.eventId) throw new AppError('NOTICE_EVENT_REQUIRED')
  const event = await findEvent(db, input.eventId)
  if (!event || event.status === 'cancelled') throw new AppError('NOTICE_EVENT_INVALID', '关联的会议不存在或已取消')
  if (new Date(event.end) <= now) throw new AppError('NOTICE_EVENT_INVALID', '关联的会议已经结束')
  if (!audience.branchIds.includes(event.branchId))
    throw new AppError('NOTICE_EVENT_INVALID', '关联的会议不属于发布范围内的支部')
  return toNoticeEvent(event)
}

/** Stores the notice and its first version; a retry (same publisher, same request id) finds the notice it already stored. */
const storeNotice = (db: Database, notice: NoticeDoc, publisher: MemberDoc, now: Date): Promise<NoticeDoc> =>
  createOnce(
    db,
    collections.notices.name,
    notice._id,
    (stored: NoticeDoc) => stored.publisherId === publisher._id,
    async () => {
      await db.runTransaction(async (tx) => {
        await tx.collection(collections.notices.name).add({ data: notice })
        await tx.collection(collections.noticeVersions.name).add({ data: noticeVersionDoc(notice, publisher, now) })
      })
      return notice
    },
  )

const newNotice = (
  input: PublishInput,
  publisher: MemberDoc,
  audience: Audience,
  event: NoticeEventDoc | null,
  recipientCount: number,
  now: Date,
): NoticeDoc =>
  noticeDoc(
    {
      _id: requestRecordId('n', publisher._id, input.requestId),
      kind: input.kind,
      title: input.title,
      body: input.body,
      attachments: checkAttachments(input.attachments),
      pinned: input.pinned,
      requiresAck: input.requiresAck,
      event,
      scope: audience.scope,
      branchIds: audience.branchIds,
      recipientCount,
      publishedAt: now,
    },
    publisher,
  )

/**
 * Publishes a notice to the caller's branch (secretary) or the organisation /
 * chosen branches (leader, admin), then tells opted-in recipients with a
 * subscribe message. Every check runs before the first write; a failed
 * message is recorded on its delivery and never fails the publish. A retry
 * with the same request id answers with the stored notice and sends only the
 * messages not sent yet (deliveries are keyed per notice and member).
 */
export const publishNotice = async ({ db, caller, now }: Context, input: PublishInput): Promise<PublishResult> => {
  const branches = await listBranchDocs(db)
  const audience = resolveAudience(caller.member, input.audience, branches)
  const event = await linkedMeeting(db, input, audience, now)
  const recipients = await activeMembersOf(db, audience.branchIds)
  const notice = await storeNotice(
    db,
    newNotice(input, caller.member, audience, event, recipients.length, now),
    caller.member,
    now,
  )
  const settings = await readSettings(db)
  const delivery = await sendMessages(db, {
    purpose: 'publish',
    messageKind: 'notice',
    noticeId: notice._id,
    eventId: notice.eventId,
    deliveryId: (memberId) => `publish:${notice._id}:${memberId}`,
    // The publisher knows already; everyone else addressed hears of it.
    recipients: recipients.filter((member) => member._id !== caller.member._id),
    message: publishedMessage(settings.templates.notice, notice),
    now,
  })
  const branchNames = new Map(branches.map((branch) => [branch._id, branch.name]))
  const places = new Map(branches.map((branch) => [branch._id, branch]))
  return { notice: toManaged(notice, branchNames, { read: 0, acked: 0 }, caller.member, places), delivery }
}
