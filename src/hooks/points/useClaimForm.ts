import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ClaimCategory } from '@contract'
import { submitClaim } from '@/api/points'
import { uploadFile } from '@/api/transport'
import { useFieldError } from '@/hooks/useFieldError'
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

/** 提交心得体会 / 线下学习: the server checks everything again; this only keeps the form and the upload. */
export function useClaimForm() {
  const [form, setForm] = useState<ClaimForm>(EMPTY)
  const [requestId, setRequestId] = useState(newRequestId)
  const [submitting, setSubmitting] = useState(false)
  const [uploading, setUploading] = useState(false)
  const errors = useFieldError((field) => FIELDS.has(field))
  const update = (change: Partial<ClaimForm>) => {
    setForm((previous) => ({ ...previous, ...change }))
    for (const field of Object.keys(change)) errors.changed(field === 'photoPath' ? 'photoFileID' : field)
  }

  const choosePhoto = async () => {
    const picked = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] }).catch(async (error) => {
      await tellWxFailure(error, 'photos')
      return null
    })
    const path = picked?.tempFilePaths[0]
    if (!path) return
    setUploading(true)
    try {
      const fileID = await uploadFile(path, 'points-claims', picked?.tempFiles[0]?.originalFileObj?.name ?? 'photo.jpg')
      update({ photoFileID: fileID, photoPath: path })
    } finally {
      setUploading(false)
    }
  }

  const submit = async (): Promise<boolean> => {
    setSubmitting(true)
    errors.reset()
    try {
      const payload =
        form.category === 'reflection'
          ? { category: 'reflection' as const, title: form.title, content: form.content, requestId }
          : {
              category: 'offline' as const,
              title: form.title,
              content: form.content,
              ...(form.photoFileID ? { photoFileID: form.photoFileID } : {}),
              requestId,
            }
      const claim = await submitClaim(payload, { silent: true })
      setForm(EMPTY)
      setRequestId(newRequestId())
      void Taro.showToast({
        title: claim.status === 'approved' ? '已计入积分' : '已提交，等待支部书记审核',
        icon: 'none',
      })
      return true
    } catch (err) {
      errors.fail(err, '提交失败，请稍后再试')
      return false
    } finally {
      setSubmitting(false)
    }
  }

  const length = [...form.content.trim()].length
  return { form, update, choosePhoto, uploading, submit, submitting, errors, length }
}
