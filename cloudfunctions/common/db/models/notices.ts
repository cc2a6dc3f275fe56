import type { AttachmentKind, MessageKind, NoticeKind, NoticeScope } from '../../contract/noticeLimits'
import { versionId } from '../../notices/ids'

export interface AttachmentDoc {
  fileID: string
  name: string
  size: number
  kind: AttachmentKind
}

/** What the notice showed of its meeting when published (the event itself may change later). */
export interface NoticeEventDoc {
  eventId: string
  title: string
  startAt: Date
  endAt: Date
  venue: string
}

/**
 * A notice. The audience is stored as plain fields (`branchIds`,
 * `recipientCount`) so statistics can aggregate read rates in the database.
 */
export interface NoticeDoc {
  _id: string
  kind: NoticeKind
  title: string
  body: string
  attachments: AttachmentDoc[]
  pinned: boolean
  requiresAck: boolean
  event: NoticeEventDoc | null
  /** `event.eventId` repeated at the top level, for the index. */
  eventId: string | null
  scope: NoticeScope
  branchIds: string[]
  /** Active members of the audience branches at publication. */
  recipientCount: number
  publisherId: string
  publisherName: string
  publisherBranchId: string
  status: 'published' | 'withdrawn'
  version: number
  publishedAt: Date
  updatedAt: Date
  withdrawnAt: Date | null
  withdrawnBy: string | null
  /** The linked meeting was cancelled (the notice stays visible with an 已取消 state). */
  cancelledAt: Date | null
  remindCount: number
  lastRemindedAt: Date | null
}

/** What a publisher decides about a new notice; `noticeDoc` adds what every new notice starts with. */
export type NewNoticeFields = Pick<
  NoticeDoc,
  | '_id'
  | 'kind'
  | 'title'
  | 'body'
  | 'attachments'
  | 'pinned'
  | 'requiresAck'
  | 'event'
  | 'scope'
  | 'branchIds'
  | 'recipientCount'
  | 'publishedAt'
>

/** A newly published notice (the builder of the use case, the seed and the fixtures). */
export const noticeDoc = (
  fields: NewNoticeFields,
  publisher: { _id: string; name: string; branchId: string },
): NoticeDoc => ({
  ...fields,
  eventId: fields.event?.eventId ?? null,
  publisherId: publisher._id,
  publisherName: publisher.name,
  publisherBranchId: publisher.branchId,
  status: 'published',
  version: 1,
  updatedAt: fields.publishedAt,
  withdrawnAt: null,
  withdrawnBy: null,
  cancelledAt: null,
  remindCount: 0,
  lastRemindedAt: null,
})

/** `_id` `<noticeId>:v<version>`: every version of a notice's content, the current one included. */
export interface NoticeVersionDoc {
  _id: string
  noticeId: string
  version: number
  title: string
  body: string
  attachments: AttachmentDoc[]
  pinned: boolean
  requiresAck: boolean
  editedAt: Date
  editedBy: string
  editedByName: string
}

/** `_id` `<noticeId>:<memberId>`: one read per member, enforced by the key. */
export interface NoticeReadDoc {
  _id: string
  noticeId: string
  memberId: string
  branchId: string
  readAt: Date
}

/** `_id` `<noticeId>:<memberId>`: one 签阅 per member, enforced by the key. */
export interface NoticeAckDoc {
  _id: string
  noticeId: string
  memberId: string
  branchId: string
  ackedAt: Date
  points: number
}

/** `_id` `<memberId>:<templateId>`: one-time subscribe credits the member granted in `requestSubscribeMessage`. */
export interface SubscriptionDoc {
  _id: string
  memberId: string
  templateId: string
  credits: number
  updatedAt: Date
}

export type DeliveryStatus = 'sending' | 'sent' | 'failed' | 'not_subscribed'

/**
 * One subscribe message to one member. `_id` is natural
 * (`publish:<noticeId>:<memberId>`, `remind:<noticeId>:<round>:<memberId>`,
 * `meeting:<eventId>:<memberId>`, `cancel:<noticeId>:<memberId>`,
 * `leave:<eventId>:<memberId>:<status>:<decidedAt ms>`, `birthday:<day>:<memberId>`), so a
 * message is sent at most once even when a timer runs twice.
 */
export interface DeliveryDoc {
  _id: string
  purpose: 'publish' | 'remind' | 'meeting' | 'cancel' | 'leave' | 'dues' | 'birthday'
  messageKind: MessageKind
  noticeId: string | null
  eventId: string | null
  memberId: string
  templateId: string
  status: DeliveryStatus
  errCode: number | null
  errMsg: string | null
  createdAt: Date
  sentAt: Date | null
}

/** `_id` 'subscribe': the admin-edited subscribe-message configuration. */
export interface NoticeSettingsDoc {
  _id: string
  templates: Record<MessageKind, string>
  leadMinutes: number
  updatedAt: Date
  updatedBy: string
}

/** The record of a notice's current content: its first version, or the one an edit makes. */
export const noticeVersionDoc = (
  notice: NoticeDoc,
  editor: { _id: string; name: string },
  at: Date,
): NoticeVersionDoc => ({
  _id: versionId(notice._id, notice.version),
  noticeId: notice._id,
  version: notice.version,
  title: notice.title,
  body: notice.body,
  attachments: notice.attachments,
  pinned: notice.pinned,
  requiresAck: notice.requiresAck,
  editedAt: at,
  editedBy: editor._id,
  editedByName: editor.name,
})
