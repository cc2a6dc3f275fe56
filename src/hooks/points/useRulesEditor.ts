import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { CategoryRule, ReconcileReport } from '@contract'
import { getRules, reconcileTotals, updateRules } from '@/api/points'
import { useFieldError } from '@/hooks/useFieldError'
import { useRequest } from '@/hooks/useRequest'

/** The admin's rules table: edit a draft, save it as a new version, and check the totals against the ledger. */
export function useRulesEditor() {
  const rules = useRequest(() => getRules({ silent: true }), [])
  const [draft, setDraft] = useState<CategoryRule[]>([])
  const [saving, setSaving] = useState(false)
  /** A rule's input is `categories.<index>.<key>` (attendance caps one level deeper), as the server names it. */
  const errors = useFieldError((field) => /^categories\.\d+\.\w+/.test(field))
  const [report, setReport] = useState<ReconcileReport>()
  const [checking, setChecking] = useState(false)

  useEffect(() => {
    if (rules.data) setDraft(rules.data.categories)
  }, [rules.data])

  const fieldOf = (category: CategoryRule['category'], key: string) =>
    `categories.${draft.findIndex((rule) => rule.category === category)}.${key}`

  const change = (category: CategoryRule['category'], patch: Partial<CategoryRule>, key = Object.keys(patch)[0]) => {
    setDraft((previous) => previous.map((rule) => (rule.category === category ? { ...rule, ...patch } : rule)))
    errors.changed(fieldOf(category, key))
  }

  const save = async () => {
    if (!rules.data) return
    setSaving(true)
    errors.reset()
    try {
      const saved = await updateRules({ expectedVersion: rules.data.version, categories: draft }, { silent: true })
      rules.setData(() => saved)
      void Taro.showToast({ title: `已保存为第 ${saved.version} 版`, icon: 'none' })
    } catch (err) {
      errors.fail(err, '保存失败，请稍后再试')
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

  return { rules, draft, change, fieldOf, save, saving, errors, report, checking, reconcile }
}
