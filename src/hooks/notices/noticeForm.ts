import type { NoticeAttachment, NoticeKind, Payload } from '@contract'
import {
  NOTICE_ATTACHMENTS_MAX,
  NOTICE_ATTACHMENT_MAX_BYTES,
  NOTICE_BODY_MAX,
  NOTICE_TITLE_MAX,
  attachmentKindOf,
} from '@contract/noticeLimits'

/** The publish / edit form's values, and the client-side checks worded like the server's (the server still decides). */
export interface NoticeForm {
  kind: NoticeKind
  eventId: string
  scope: 'branch' | 'organisation' | 'branches'
  branchIds: string[]
  title: string
  body: string
  attachments: NoticeAttachment[]
  pinned: boolean
  requiresAck: boolean
}

export const emptyForm: NoticeForm = {
  kind: 'general',
  eventId: '',
  scope: 'branch',
  branchIds: [],
  title: '',
  body: '',
  attachments: [],
  pinned: false,
  requiresAck: false,
}

export const validateForm = (form: NoticeForm): string | null => {
  if (!form.title.trim()) return '请填写标题'
  if (form.title.trim().length > NOTICE_TITLE_MAX) return `标题不能超过 ${NOTICE_TITLE_MAX} 个字`
  if (!form.body.trim()) return '请填写正文'
  if (form.body.trim().length > NOTICE_BODY_MAX) return `正文不能超过 ${NOTICE_BODY_MAX} 个字`
  if (form.kind === 'meeting' && !form.eventId) return '会议通知需要选择关联的会议'
  if (form.scope === 'branches' && !form.branchIds.length) return '请至少选择一个支部'
  return null
}

export const checkPickedFile = (name: string, size: number, count: number): string | null => {
  if (count >= NOTICE_ATTACHMENTS_MAX) return `附件最多 ${NOTICE_ATTACHMENTS_MAX} 个`
  if (!attachmentKindOf(name)) return '仅支持图片（jpg、png、gif、webp）和文档（pdf、Word、Excel、PPT、txt）'
  if (size > NOTICE_ATTACHMENT_MAX_BYTES) return '附件不能超过 10 MB'
  return null
}

const content = (form: NoticeForm) => ({
  title: form.title.trim(),
  body: form.body.trim(),
  attachments: form.attachments.map(({ fileID, name, size }) => ({ fileID, name, size })),
  pinned: form.pinned,
  requiresAck: form.requiresAck,
})

export const toPublishPayload = (form: NoticeForm, requestId: string): Payload<'notices', 'publishNotice'> => ({
  requestId,
  kind: form.kind,
  ...(form.kind === 'meeting' ? { eventId: form.eventId } : {}),
  audience: form.scope === 'branches' ? { scope: 'branches', branchIds: form.branchIds } : { scope: form.scope },
  ...content(form),
})

export const toEditPayload = (
  noticeId: string,
  version: number,
  form: NoticeForm,
): Payload<'notices', 'editNotice'> => ({
  noticeId,
  version,
  ...content(form),
})
