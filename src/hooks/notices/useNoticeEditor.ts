import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ManagedNoticeDetail, PublishOptions } from '@contract'
import { attachmentKindOf } from '@contract/noticeLimits'
import { editNotice, getManagedNotice, publishNotice, publishOptions } from '@/api/notices'
import { ApiError, chooseFile, uploadFile } from '@/api/transport'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'
import { newRequestId } from '@/utils/requestId'
import { tellWxFailure } from '@/utils/wxFailure'
import { RECEIPTS_PAGE } from './pages'
import {
  checkPickedFile,
  emptyForm,
  toEditPayload,
  toPublishPayload,
  validateForm,
  type NoticeForm,
} from './noticeForm'

const FILE_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'txt']

const formOf = (notice: ManagedNoticeDetail): NoticeForm => ({
  kind: notice.kind,
  eventId: notice.event?.eventId ?? '',
  scope: notice.scope,
  branchIds: notice.branchIds,
  title: notice.title,
  body: notice.body,
  attachments: notice.attachments,
  pinned: notice.pinned,
  requiresAck: notice.requiresAck,
})

/** A picked image's name: h5 keeps the original file, WeChat only a temporary path. */
const imageName = (file: { path: string; originalFileObj?: { name?: string } }) =>
  file.originalFileObj?.name ?? file.path.split('/').pop() ?? 'image.jpg'

/** Saves an edit (then back) or publishes (then its 签阅情况), with the toast each one shows. */
const send = async (noticeId: string | undefined, version: number | undefined, form: NoticeForm, requestId: string) => {
  if (noticeId && version !== undefined) {
    await editNotice(toEditPayload(noticeId, version, form))
    void Taro.showToast({ title: '已保存修改', icon: 'success' })
    void Taro.navigateBack()
  } else {
    const { notice, delivery } = await publishNotice(toPublishPayload(form, requestId))
    void Taro.showToast({ title: `已发布，已提醒 ${delivery.sent} 人`, icon: 'none' })
    void Taro.redirectTo({ url: `${RECEIPTS_PAGE}?id=${notice.id}` })
  }
}

type PickedFile = { path: string; name: string; size: number }

/** One image from the album or camera; null when cancelled or refused (a refusal is explained). */
const pickImage = async (): Promise<PickedFile | null> => {
  const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] }).catch(async (error) => {
    await tellWxFailure(error, 'photos')
    return null
  })
  const file = picked?.tempFiles[0]
  return file ? { path: file.path, name: imageName(file as never), size: file.size } : null
}

/** One document of the kinds a notice may carry; null when cancelled or refused. */
const pickDocument = (): Promise<PickedFile | null> =>
  chooseFile(FILE_EXTENSIONS).catch(async (error) => {
    await tellWxFailure(error, 'files')
    return null
  })

/** 发布通知 / 编辑通知: the form, its choices, attachment uploads and the submit. */
export function useNoticeEditor(noticeId: string | undefined) {
  const editing = Boolean(noticeId)
  const options = useRequest<PublishOptions>(() => publishOptions({ silent: true }), [], { ready: !editing })
  const existing = useRequest(() => getManagedNotice(noticeId ?? '', { silent: true }), [noticeId], { ready: editing })
  const [form, setForm] = useState<NoticeForm>(emptyForm)
  const [requestId] = useState(newRequestId)
  /** Not silent: the transport toasts the failure, and an ApiError's message also stays above the button. */
  const submitting = useSubmit(() => send(noticeId, existing.data?.version, form, requestId), {
    onError: (err, keep) => err instanceof ApiError && keep(err.message),
  })
  const { setError } = submitting
  /** The transport toasts a failed upload. */
  const uploading = useSubmit((path: string, name: string, _size: number) => uploadFile(path, 'notices', name), {
    onDone: (fileID, _path, name, size) => {
      const kind = attachmentKindOf(name) ?? 'file'
      setForm((previous) => ({ ...previous, attachments: [...previous.attachments, { fileID, name, size, kind }] }))
    },
  })

  useEffect(() => {
    if (existing.data) setForm(formOf(existing.data))
  }, [existing.data])

  const update = (changes: Partial<NoticeForm>) => {
    setForm((previous) => ({ ...previous, ...changes }))
    setError(undefined)
  }

  /** Checks the picked file, then uploads it as an attachment. */
  const attach = async (pick: () => Promise<PickedFile | null>) => {
    const file = await pick()
    if (!file) return
    const invalid = checkPickedFile(file.name, file.size, form.attachments.length)
    if (invalid) return void Taro.showToast({ title: invalid, icon: 'none' })
    await uploading.run(file.path, file.name, file.size)
  }

  const removeAttachment = (fileID: string) =>
    update({ attachments: form.attachments.filter((attachment) => attachment.fileID !== fileID) })

  const submit = async () => {
    const invalid = validateForm(form)
    setError(invalid ?? undefined)
    if (invalid) return
    await submitting.run()
  }

  const loading = editing ? existing.loading && !existing.data : options.loading && !options.data
  return {
    editing,
    options: options.data,
    loading,
    loadError: editing ? existing.error : options.error,
    reload: editing ? existing.reload : options.reload,
    form,
    update,
    addImage: () => attach(pickImage),
    addFile: () => attach(pickDocument),
    removeAttachment,
    uploading: uploading.running,
    submit,
    submitting: submitting.running,
    error: submitting.error,
  }
}
