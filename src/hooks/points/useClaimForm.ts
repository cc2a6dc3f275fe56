import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ClaimCategory } from '@contract'
import { submitClaim } from '@/api/points'
import { uploadFile } from '@/api/transport'
import { useFieldError } from '@/hooks/useFieldError'
import { useSubmit } from '@/hooks/useSubmit'
import { newRequestId } from '@/utils/requestId'
import { tellWxFailure } from '@/utils/wxFailure'

export const REFLECTION_MIN = 200

interface ClaimForm {
  category: ClaimCategory
  title: string
  content: string
  photoFileID: string | null
  photoPath: string | null
}

/** The inputs of the form that show their own error. */
const FIELDS = new Set(['title', 'content'])

const EMPTY: ClaimForm = { category: 'reflection', title: '', content: '', photoFileID: null, photoPath: null }

const payloadOf = (form: ClaimForm) =>
  form.category === 'reflection'
    ? { category: 'reflection' as const, title: form.title, content: form.content }
    : {
        category: 'offline' as const,
        title: form.title,
        content: form.content,
        ...(form.photoFileID ? { photoFileID: form.photoFileID } : {}),
      }

/** 提交心得体会 / 线下学习: the server checks everything again; this only keeps the form and the upload. */
export function useClaimForm() {
  const [form, setForm] = useState<ClaimForm>(EMPTY)
  const [requestId, setRequestId] = useState(newRequestId)
  const errors = useFieldError((field) => FIELDS.has(field))
  const update = (change: Partial<ClaimForm>) => {
    setForm((previous) => ({ ...previous, ...change }))
    for (const field of Object.keys(change)) errors.changed(field === 'photoPath' ? 'photoFileID' : field)
  }
  const upload = useSubmit((path: string, name: string) => uploadFile(path, 'points-claims', name), {
    onDone: (fileID, path) => update({ photoFileID: fileID, photoPath: path }),
  })
  const submitting = useSubmit(() => submitClaim({ ...payloadOf(form), requestId }, { silent: true }), {
    onError: (err) => errors.fail(err, '提交失败，请稍后再试'),
    toast: {
      title: (claim) => (claim.status === 'approved' ? '已计入积分' : '已提交，等待支部书记审核'),
      icon: 'none',
    },
    // Back once the claim is known, the toast already showing.
    onDone: () => {
      setForm(EMPTY)
      setRequestId(newRequestId())
      void Taro.navigateBack().catch(() => undefined)
    },
  })

  const choosePhoto = async () => {
    const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] }).catch(async (error) => {
      await tellWxFailure(error, 'photos')
      return null
    })
    const path = picked?.tempFilePaths[0]
    if (!path) return
    await upload.run(path, picked?.tempFiles[0]?.originalFileObj?.name ?? 'photo.jpg')
  }

  const submit = (): Promise<boolean> => {
    errors.reset()
    return submitting.run()
  }

  const length = [...form.content.trim()].length
  return {
    form,
    update,
    choosePhoto,
    uploading: upload.running,
    submit,
    submitting: submitting.running,
    errors,
    length,
  }
}
