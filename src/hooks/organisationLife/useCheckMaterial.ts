import { useEffect, useState } from 'react'
import type { LifeMeetingView } from '@contract'
import { submitCheckMaterial } from '@/api/organisationLife'
import { useSubmit } from '@/hooks/useSubmit'

/** The caller's own 对照检查材料 for a 组织生活会 (optional; the committee reads it). */
export function useCheckMaterial(
  eventId: string,
  view: LifeMeetingView | undefined,
  memberId: string,
  onSaved: (view: LifeMeetingView) => void,
) {
  const own = view?.materials.find((material) => material.id === memberId)
  const [text, setText] = useState('')
  useEffect(() => {
    if (own) setText(own.text)
  }, [own])
  const saving = useSubmit(() => submitCheckMaterial({ eventId, text }, { silent: true }), {
    fallback: '提交失败，请稍后再试',
    toast: { title: '已提交' },
    onDone: onSaved,
  })
  return { text, setText, submitted: Boolean(own), saving }
}
