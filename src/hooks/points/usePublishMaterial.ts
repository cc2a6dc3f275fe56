import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { MaterialKind } from '@contract'
import { listMaterials, publishMaterial } from '@/api/points'
import { ApiError } from '@/api/transport'
import { useRequest } from '@/hooks/useRequest'
import { newRequestId } from '@/utils/requestId'

interface MaterialForm {
  kind: MaterialKind
  title: string
  body: string
  videoUrl: string
  /** Minutes as typed; sent in seconds. */
  minutes: string
}

const EMPTY: MaterialForm = { kind: 'article', title: '', body: '', videoUrl: '', minutes: '3' }

/** 发布学习资料: the admin for the organisation, a secretary for their branch (the server decides which). */
export function usePublishMaterial() {
  const materials = useRequest(() => listMaterials({ silent: true }), [])
  const [form, setForm] = useState<MaterialForm>(EMPTY)
  const [error, setError] = useState<string>()
  const [submitting, setSubmitting] = useState(false)
  const [requestId, setRequestId] = useState(newRequestId)
  const update = (change: Partial<MaterialForm>) => setForm((previous) => ({ ...previous, ...change }))

  const submit = async () => {
    setSubmitting(true)
    setError(undefined)
    try {
      const requiredSeconds = Math.round(Number(form.minutes) * 60)
      const payload =
        form.kind === 'article'
          ? { kind: 'article' as const, title: form.title, body: form.body, requiredSeconds, requestId }
          : {
              kind: 'video' as const,
              title: form.title,
              ...(form.body.trim() ? { body: form.body } : {}),
              ...(form.videoUrl.trim() ? { videoUrl: form.videoUrl } : {}),
              requiredSeconds,
              requestId,
            }
      await publishMaterial(payload, { silent: true })
      void Taro.showToast({ title: '已发布', icon: 'none' })
      setForm(EMPTY)
      setRequestId(newRequestId())
      await materials.reload()
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '发布失败，请稍后再试')
    } finally {
      setSubmitting(false)
    }
  }

  return { materials, form, update, submit, submitting, error }
}
