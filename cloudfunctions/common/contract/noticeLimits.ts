/**
 * Limits and labels of notices that the mini-program also needs at run time
 * (to check a picked file before uploading it). Zod-free on purpose: the
 * client imports this module by value.
 */
export const NOTICE_TITLE_MAX = 60
export const NOTICE_BODY_MAX = 20_000
export const NOTICE_ATTACHMENTS_MAX = 9
export const NOTICE_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024

export const NOTICE_IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'gif', 'webp'] as const
export const NOTICE_FILE_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'txt'] as const

export type NoticeKind = 'meeting' | 'general'
export type NoticeScope = 'branch' | 'organisation' | 'branches'
export type AttachmentKind = 'image' | 'file'
/** The subscribe-message templates; each is asked for at the tap where it is useful. */
export type MessageKind = 'notice' | 'reminder' | 'meeting' | 'leave' | 'birthday'

export const MESSAGE_KINDS: readonly MessageKind[] = ['notice', 'reminder', 'meeting', 'leave', 'birthday']
/** What the 通知 banner asks for: WeChat's `requestSubscribeMessage` takes at most three templates per call. */
export const BANNER_KINDS: readonly MessageKind[] = ['notice', 'reminder', 'meeting']

export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = { meeting: '会议通知', general: '普通通知' }

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  notice: '新通知提醒',
  reminder: '未读催办提醒',
  meeting: '会前提醒',
  leave: '请假审批结果',
  birthday: '政治生日提醒',
}

/** Lower-case extension of a file name, without the dot; '' when it has none. */
export const extensionOf = (name: string): string => /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1].toLowerCase() ?? ''

export const attachmentKindOf = (name: string): AttachmentKind | null => {
  const extension = extensionOf(name)
  if ((NOTICE_IMAGE_EXTENSIONS as readonly string[]).includes(extension)) return 'image'
  if ((NOTICE_FILE_EXTENSIONS as readonly string[]).includes(extension)) return 'file'
  return null
}
