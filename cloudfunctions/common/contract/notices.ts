import { z } from 'zod'
import { action } from './define'
import { emptyPayload, formRequestId, id, integer, list, payload, text } from '../validation'
import type { Instant } from './common'
import {
  NOTICE_ATTACHMENTS_MAX,
  NOTICE_BODY_MAX,
  NOTICE_TITLE_MAX,
  type AttachmentKind,
  type MessageKind,
  type NoticeKind,
  type NoticeScope,
} from './noticeLimits'

export type { AttachmentKind, MessageKind, NoticeKind, NoticeScope } from './noticeLimits'

export interface NoticeAttachment {
  fileID: string
  name: string
  size: number
  kind: AttachmentKind
}

/** The meeting a meeting notice links to, as members see it. */
export interface NoticeEventInfo {
  eventId: string
  title: string
  startAt: Instant
  endAt: Instant
  venue: string
}

/** One line of the 通知 list. */
export interface NoticeSummary {
  id: string
  kind: NoticeKind
  title: string
  /** The body's first words, markup removed. */
  excerpt: string
  pinned: boolean
  requiresAck: boolean
  publishedAt: Instant
  publisherName: string
  /** 第一支部 / 全体支部 / 第一支部、第二支部 */
  audienceLabel: string
  event: NoticeEventInfo | null
  /** The linked meeting was cancelled. */
  cancelled: boolean
  read: boolean
  acked: boolean
}

export interface NoticeDetail extends NoticeSummary {
  body: string
  attachments: NoticeAttachment[]
  version: number
  updatedAt: Instant
  readAt: Instant | null
  ackedAt: Instant | null
}

export interface MyNotices {
  items: NoticeSummary[]
  unread: number
  hasMore: boolean
}

export interface NoticeOverview {
  unread: number
  latest: NoticeSummary[]
}

export interface AcknowledgeResult {
  ackedAt: Instant
  /** Study points granted for this 签阅 (0 when the monthly cap is reached or points are not available). */
  points: number
}

/** A notice as its publisher and leaders see it in 通知管理. */
export interface ManagedNotice {
  id: string
  kind: NoticeKind
  title: string
  pinned: boolean
  requiresAck: boolean
  status: 'published' | 'withdrawn'
  cancelled: boolean
  publishedAt: Instant
  updatedAt: Instant
  version: number
  publisherName: string
  audienceLabel: string
  recipientCount: number
  readCount: number
  ackCount: number
  /** The caller may edit, withdraw and remind (not only read receipts). */
  canManage: boolean
}

export interface NoticeVersionEntry {
  version: number
  title: string
  body: string
  attachments: NoticeAttachment[]
  pinned: boolean
  requiresAck: boolean
  editedAt: Instant
  editedBy: string
}

export interface ManagedNoticeDetail extends ManagedNotice {
  body: string
  attachments: NoticeAttachment[]
  event: NoticeEventInfo | null
  scope: NoticeScope
  branchIds: string[]
  versions: NoticeVersionEntry[]
}

export interface ReceiptPerson {
  memberId: string
  name: string
  branchName: string
  readAt: Instant | null
  ackedAt: Instant | null
}

export interface NoticeReceipts {
  notice: ManagedNotice
  counts: { recipients: number; read: number; acked: number; unread: number }
  acknowledged: ReceiptPerson[]
  /** Read but (for a 签阅 notice) not yet acknowledged; every reader when no 签阅 is asked. */
  readOnly: ReceiptPerson[]
  unread: ReceiptPerson[]
  lastRemindedAt: Instant | null
}

/** What happened to the subscribe messages of one send. */
export interface DeliveryReport {
  sent: number
  failed: number
  /** Recipients without a subscription credit: no message could be sent. */
  notSubscribed: number
}

export interface PublishResult {
  notice: ManagedNotice
  delivery: DeliveryReport
}

export interface RemindResult extends DeliveryReport {
  /** Unread members at the time of the reminder. */
  unread: number
}

export interface LinkableEvent {
  eventId: string
  branchId: string
  title: string
  startAt: Instant
  venue: string
}

export interface PublishOptions {
  /** Branches the caller may address. */
  branches: { id: string; name: string }[]
  orgWide: boolean
  events: LinkableEvent[]
}

export interface SubscribeSettings {
  /** Template id per message kind; '' when not configured. */
  templates: Record<MessageKind, string>
  leadMinutes: number
}

export interface MySubscription {
  templates: { kind: MessageKind; templateId: string; credits: number }[]
  leadMinutes: number
}

const noticeId = () => id('通知')

const attachment = payload({
  fileID: z
    .string({ required_error: '缺少附件文件', invalid_type_error: '附件文件格式不正确' })
    .regex(/^(cloud|local):\/\/[^\s]{1,400}$/, '附件文件格式不正确，请重新上传'),
  name: text('附件名', { max: 100 }),
  size: integer('附件大小', 0, 2 ** 31),
})

const content = {
  title: text('标题', { max: NOTICE_TITLE_MAX }),
  body: text('正文', { max: NOTICE_BODY_MAX }),
  attachments: list('附件', attachment, NOTICE_ATTACHMENTS_MAX),
  pinned: z.boolean({ invalid_type_error: '置顶取值不正确' }),
  requiresAck: z.boolean({ invalid_type_error: '签阅取值不正确' }),
}

const audience = z.discriminatedUnion(
  'scope',
  [
    payload({ scope: z.literal('branch') }),
    payload({ scope: z.literal('organisation') }),
    payload({ scope: z.literal('branches'), branchIds: list('支部', id('支部'), 100).min(1, '请至少选择一个支部') }),
    /** Every branch below a unit (a 党委 or 党总支), resolved to branch ids when published. */
    payload({ scope: z.literal('unit'), unitId: id('组织') }),
  ],
  { errorMap: () => ({ message: '发布范围不正确' }) },
)

const page = payload({ offset: integer('位置', 0, 100_000).optional() })

const templateId = z
  .string({ invalid_type_error: '模板编号格式不正确' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{0,64}$/, '模板编号只能包含字母、数字、下划线和短横线')

export const noticesContract = {
  /** 通知 tab: notices addressed to the caller, pinned first, then newest. */
  listMyNotices: action<MyNotices>()(page),
  /** 首页 and the tab badge: the unread count and the latest three. */
  noticeOverview: action<NoticeOverview>()(emptyPayload()),
  /** Opens a notice addressed to the caller and records the read (once). */
  openNotice: action<NoticeDetail>()(payload({ noticeId: noticeId() })),
  /** 签阅: records the acknowledgement (once) and its points. */
  acknowledgeNotice: action<AcknowledgeResult>()(payload({ noticeId: noticeId() })),
  /** Publisher form: the branches and meetings the caller may use. */
  publishOptions: action<PublishOptions>()(emptyPayload()),
  publishNotice: action<PublishResult>()(
    payload({
      kind: z.enum(['meeting', 'general'], { errorMap: () => ({ message: '通知类型不正确' }) }),
      eventId: id('会议').optional(),
      audience,
      ...content,
      /** Generated once per form: a retried publish returns the notice it already made. */
      requestId: formRequestId(),
    }),
  ),
  /** Saves a new version; `version` is the one the editor started from. */
  editNotice: action<ManagedNotice>()(
    payload({ noticeId: noticeId(), version: integer('版本', 1, 100_000), ...content }),
  ),
  /** Hides the notice from members; the record and its receipts stay. */
  withdrawNotice: action<ManagedNotice>()(payload({ noticeId: noticeId() })),
  /** 通知管理: notices the caller published or may read receipts of, newest first. */
  listManagedNotices: action<{ items: ManagedNotice[]; hasMore: boolean }>()(page),
  getManagedNotice: action<ManagedNoticeDetail>()(payload({ noticeId: noticeId() })),
  noticeReceipts: action<NoticeReceipts>()(payload({ noticeId: noticeId() })),
  /** Sends a reminder to the unread members who opted in. */
  remindUnread: action<RemindResult>()(payload({ noticeId: noticeId() })),
  /** The caller's subscribe-message templates and remaining one-time credits. */
  mySubscription: action<MySubscription>()(emptyPayload()),
  /** Records the templates the member accepted in `requestSubscribeMessage`. */
  subscribe: action<MySubscription>()(
    payload({
      templateIds: list('模板', templateId.pipe(z.string().min(1, '模板编号不能为空')), 3).min(1, '请至少订阅一项'),
    }),
  ),
  getSubscribeSettings: action<SubscribeSettings>()(emptyPayload()),
  updateSubscribeSettings: action<SubscribeSettings>()(
    payload({
      templates: payload({
        notice: templateId,
        reminder: templateId,
        meeting: templateId,
        leave: templateId,
        birthday: templateId,
      }),
      leadMinutes: integer('会前提醒提前分钟数', 5, 24 * 60),
    }),
  ),
}

export const noticesErrors = {
  NOTICE_NOT_FOUND: '通知不存在，或不是发给您的',
  NOTICE_WITHDRAWN: '该通知已撤回',
  NOTICE_SCOPE_FORBIDDEN: '只能向您负责的支部发布通知',
  NOTICE_ATTACHMENT_TYPE: '附件类型不支持：仅支持图片（jpg、png、gif、webp）和文档（pdf、Word、Excel、PPT、txt）',
  NOTICE_ATTACHMENT_TOO_LARGE: '附件不能超过 10 MB',
  NOTICE_EVENT_REQUIRED: '会议通知需要选择关联的会议',
  NOTICE_EVENT_INVALID: '关联的会议不存在、已取消，或不属于发布范围',
  NOTICE_ACK_NOT_REQUIRED: '该通知无需签阅',
  NOTICE_REMIND_TOO_SOON: '刚刚已提醒过，请稍后再试',
  NOTICE_TEMPLATE_UNKNOWN: '订阅的消息模板已变更，请刷新后重试',
  NOTICE_SUBSCRIBE_UNCONFIGURED: '管理员尚未配置订阅消息模板',
} as const
