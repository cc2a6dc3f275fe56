import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { SubscribeSettings } from '@contract'
import { getSubscribeSettings, updateSubscribeSettings } from '@/api/notices'
import { useRequest } from '../useRequest'

/** 订阅消息设置 (admin): the template id of each message kind and the before-meeting lead time. */
export function useNoticeSettings() {
  const state = useRequest(() => getSubscribeSettings({ silent: true }), [])
  const [draft, setDraft] = useState<SubscribeSettings>()
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (state.data) setDraft(state.data)
  }, [state.data])

  const setTemplate = (kind: keyof SubscribeSettings['templates'], value: string) =>
    setDraft((previous) => previous && { ...previous, templates: { ...previous.templates, [kind]: value.trim() } })

  const setLeadMinutes = (value: string) =>
    setDraft((previous) => previous && { ...previous, leadMinutes: Number(value.replace(/\D/g, '')) || 0 })

  const save = async () => {
    if (!draft || saving) return
    setSaving(true)
    try {
      const saved = await updateSubscribeSettings(draft)
      state.setData(() => saved)
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } catch {
      // The transport has shown the error.
    } finally {
      setSaving(false)
    }
  }

  return { ...state, draft, setTemplate, setLeadMinutes, save, saving }
}
