import { useEffect, useState } from 'react'
import type { SubscribeSettings } from '@contract'
import { getSubscribeSettings, updateSubscribeSettings } from '@/api/notices'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

/** 订阅消息设置 (admin): the template id of each message kind and the before-meeting lead time. */
export function useNoticeSettings() {
  const state = useRequest(() => getSubscribeSettings({ silent: true }), [])
  const [draft, setDraft] = useState<SubscribeSettings>()
  /** The transport toasts a failure. */
  const saving = useSubmit(updateSubscribeSettings, {
    toast: { title: '已保存' },
    onDone: (saved) => state.setData(() => saved),
  })
  useEffect(() => {
    if (state.data) setDraft(state.data)
  }, [state.data])

  const setTemplate = (kind: keyof SubscribeSettings['templates'], value: string) =>
    setDraft((previous) => previous && { ...previous, templates: { ...previous.templates, [kind]: value.trim() } })

  const setLeadMinutes = (value: string) =>
    setDraft((previous) => previous && { ...previous, leadMinutes: Number(value.replace(/\D/g, '')) || 0 })

  const save = async () => {
    if (draft) await saving.run(draft)
  }

  return { ...state, draft, setTemplate, setLeadMinutes, save, saving: saving.running }
}
