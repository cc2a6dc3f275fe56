import { AppError } from '../common/errors'
import type { AttachmentDoc } from '../common/db/models/notices'
import { NOTICE_ATTACHMENT_MAX_BYTES, attachmentKindOf, extensionOf } from '../common/contract/noticeLimits'

export interface AttachmentInput {
  fileID: string
  name: string
  size: number
}

/**
 * Checks each attachment from the metadata the client reports: an allowed
 * image or document type, at most 10 MB, and a stored file whose own
 * extension agrees with the name (so a renamed upload cannot pass as a PDF).
 */
export const checkAttachments = (attachments: readonly AttachmentInput[]): AttachmentDoc[] =>
  attachments.map((attachment) => {
    const kind = attachmentKindOf(attachment.name)
    if (!kind)
      throw new AppError(
        'NOTICE_ATTACHMENT_TYPE',
        `附件「${attachment.name}」类型不支持：仅支持图片（jpg、png、gif、webp）和文档（pdf、Word、Excel、PPT、txt）`,
      )
    const storedExtension = extensionOf(attachment.fileID)
    if (storedExtension && storedExtension !== extensionOf(attachment.name))
      throw new AppError('NOTICE_ATTACHMENT_TYPE', `附件「${attachment.name}」与上传的文件类型不一致，请重新上传`)
    if (attachment.size > NOTICE_ATTACHMENT_MAX_BYTES)
      throw new AppError('NOTICE_ATTACHMENT_TOO_LARGE', `附件「${attachment.name}」超过 10 MB，请压缩后再上传`)
    return { fileID: attachment.fileID, name: attachment.name, size: attachment.size, kind }
  })
