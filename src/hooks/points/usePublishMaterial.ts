import { useState } from 'react'
import type { MaterialKind } from '@contract'
import { listMaterials, publishMaterial } from '@/api/points'
import { useRequest } from '@/hooks/useRequest'
import { useSubmit } from '@/hooks/useSubmit'

interface MaterialForm {
  kind: MaterialKind
  title: string
  body: string
  videoUrl: string
  /** Minutes as typed; sent in seconds. */
  minutes: string
}

const EMPTY: MaterialForm = { kind: 'article', title: '', body: '', videoUrl: '', minutes: '3' }

const payloadOf = (form: MaterialForm) => {
  const requiredSeconds = Math.round(Number(form.minutes) * 60)
  return form.kind === 'article'
    ? { kind: 'article' as const, title: form.title, body: form.body, requiredSeconds }
    : {
        kind: 'video' as const,
        title: form.title,
        ...(form.body.trim() ? { body: form.body } : {}),
        ...(form.videoUrl.trim() ? { videoUrl: form.videoUrl } : {}),
        requiredSeconds,
      }
}

/** 发布学习资料: the admin for the organisation, a secretary for their branch (the server decides which). */
export function usePublishMaterial() {
  const materials = useRequest(() => listMaterials({ silent: true }), [])
  const [form, setForm] = useState<MaterialForm>(EMPTY)
  const update = (change: Partial<MaterialForm>) => setForm((previous) => ({ ...previous, ...change }))
  const publishing = useSubmit(() => publishMaterial(payloadOf(form), { silent: true }), {
    fallback: '发布失败，请稍后再试',
    toast: { title: '已发布', icon: 'none' },
    onDone: () => {
      setForm(EMPTY)
      return materials.reload()
    },
  })

  return {
    materials,
    form,
    update,
    submit: publishing.run,
    submitting: publishing.running,
    error: publishing.error,
  }
}
