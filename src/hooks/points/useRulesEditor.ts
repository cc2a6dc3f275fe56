import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { CategoryRule, ReconcileReport } from '@contract'
import { getRules, reconcileTotals, updateRules } from '@/api/points'
import { ApiError } from '@/api/transport'
import { useRequest } from '@/hooks/useRequest'

/** The admin's rules table: edit a draft, save it as a new version, and check the totals against the ledger. */
export function useRulesEditor() {
  const rules = useRequest(() => getRules({ silent: true }), [])
  const [draft, setDraft] = useState<CategoryRule[]>([])
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string>()
  const [report, setReport] = useState<ReconcileReport>()
  const [checking, setChecking] = useState(false)

  useEffect(() => {
    if (rules.data) setDraft(rules.data.categories)
  }, [rules.data])

  const change = (category: CategoryRule['category'], patch: Partial<CategoryRule>) =>
    setDraft((previous) => previous.map((rule) => (rule.category === category ? { ...rule, ...patch } : rule)))

  const save = async () => {
    if (!rules.data) return
    setSaving(true)
    setError(undefined)
    try {
      const saved = await updateRules({ expectedVersion: rules.data.version, categories: draft }, { silent: true })
      rules.setData(() => saved)
      void Taro.showToast({ title: `已保存为第 ${saved.version} 版`, icon: 'none' })
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '保存失败，请稍后再试')
    } finally {
      setSaving(false)
    }
  }

  const reconcile = async (repair: boolean) => {
    setChecking(true)
    try {
      setReport(await reconcileTotals(repair))
    } catch {
      // The transport has shown the message.
    } finally {
      setChecking(false)
    }
  }

  return { rules, draft, change, save, saving, error, report, checking, reconcile }
}
