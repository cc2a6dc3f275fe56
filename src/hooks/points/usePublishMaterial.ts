import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { MaterialKind, MaterialSummary } from '@contract'
import { getMaterial, listMaterials, publishMaterial, updateMaterial, withdrawMaterial } from '@/api/points'
import { confirmDialog } from '@/utils/dialog'
import { useRequest } from '@/hooks/useRequest'
import { useSubmit } from '@/hooks/useSubmit'
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

const payloadOf = (form: MaterialForm) => {
  const requiredSeconds = Math.round(Number(form.minutes) * 60)
  if (form.kind === 'article') return { kind: 'article' as const, title: form.title, body: form.body, requiredSeconds }
  return {
    kind: 'video' as const,
    title: form.title,
    ...(form.body.trim() ? { body: form.body } : {}),
    videoUrl: form.videoUrl.trim(),
    requiredSeconds,
  }
}

/** A published material in the form, to correct it (the study time in minutes, one decimal). */
const formOf = (material: Awaited<ReturnType<typeof getMaterial>>): MaterialForm => ({
  kind: material.kind,
  title: material.title,
  body: material.body,
  videoUrl: material.videoUrl ?? '',
  minutes: String(Math.round(material.requiredSeconds / 6) / 10),
})

const confirmWithdrawal = (summary: MaterialSummary) =>
  confirmDialog({
    title: '下架学习资料',
    content: `下架后党员将看不到「${summary.title}」，已获得的学习积分保留。确定下架？`,
    confirmText: '下架',
  })

/**
 * 学习资料管理: publish, correct and take down materials — the admin for the
 * organisation, a secretary for their branch (the server decides which).
 */
export function usePublishMaterial() {
  const materials = useRequest(() => listMaterials({ silent: true }), [])
  const [form, setForm] = useState<MaterialForm>(EMPTY)
  const [editingId, setEditingId] = useState<string>()
  /** One id per new material: a retried 发布 answers the material the first try made. */
  const [requestId, setRequestId] = useState(newRequestId)
  const update = (change: Partial<MaterialForm>) => setForm((previous) => ({ ...previous, ...change }))
  const saving = useSubmit(
    (materialId?: string) =>
      materialId
        ? updateMaterial({ materialId, ...payloadOf(form) }, { silent: true })
        : publishMaterial({ ...payloadOf(form), requestId }, { silent: true }),
    {
      fallback: '保存失败，请稍后再试',
      onDone: (_result, materialId) => {
        void Taro.showToast({ title: materialId ? '已保存' : '已发布', icon: 'none' })
        reset()
        setRequestId(newRequestId())
        return materials.reload()
      },
    },
  )
  const { setError } = saving

  const reset = () => {
    setForm(EMPTY)
    setEditingId(undefined)
    setError(undefined)
  }

  const submit = async () => {
    if (form.kind === 'video' && !form.videoUrl.trim()) return setError('请填写视频的播放地址（https:// 开头）')
    await saving.run(editingId)
  }

  /** Loads a material into the form to correct it. */
  const edit = async (summary: MaterialSummary) => {
    try {
      const material = await getMaterial(summary.id)
      setForm(formOf(material))
      setEditingId(material.id)
      setError(undefined)
      void Taro.pageScrollTo({ scrollTop: 0, duration: 200 })
    } catch {
      // The transport has shown the error.
    }
  }

  const withdraw = async (summary: MaterialSummary) => {
    if (!(await confirmWithdrawal(summary))) return
    try {
      await withdrawMaterial(summary.id)
      void Taro.showToast({ title: '已下架', icon: 'none' })
      if (editingId === summary.id) reset()
      await materials.reload()
    } catch {
      // The transport has shown the error.
    }
  }

  const state = { materials, form, editingId, submitting: saving.running, error: saving.error }
  return { ...state, update, submit, edit, withdraw, cancelEdit: reset }
}
