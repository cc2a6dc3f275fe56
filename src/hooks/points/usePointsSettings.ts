import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { PointsSettings } from '@contract'
import { getPointsSettings, updatePointsSettings } from '@/api/points'
import { useRequest } from '../useRequest'

type Draft = Pick<PointsSettings, 'rankingVisibility' | 'studyTimed'>

/** 排名与学习设置 (admin): who sees rankings and whether study is timed. */
export function usePointsSettings() {
  const state = useRequest(() => getPointsSettings({ silent: true }), [])
  const [draft, setDraft] = useState<Draft>()
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (state.data) setDraft({ rankingVisibility: state.data.rankingVisibility, studyTimed: state.data.studyTimed })
  }, [state.data])

  const change = (patch: Partial<Draft>) => setDraft((previous) => previous && { ...previous, ...patch })

  const save = async () => {
    if (!draft || saving) return
    setSaving(true)
    try {
      const saved = await updatePointsSettings(draft)
      state.setData(() => saved)
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } catch {
      // The transport has shown the error.
    } finally {
      setSaving(false)
    }
  }

  return { ...state, draft, change, save, saving }
}
