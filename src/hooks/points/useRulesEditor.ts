import { useEffect, useState } from 'react'
import type { CategoryRule, ReconcileReport } from '@contract'
import { getRules, reconcileTotals, updateRules } from '@/api/points'
import { useFieldError } from '@/hooks/useFieldError'
import { useRequest } from '@/hooks/useRequest'
import { useSubmit } from '@/hooks/useSubmit'

export type RulesEditor = ReturnType<typeof useRulesEditor>

/** The admin's rules table: edit a draft, save it as a new version, and check the totals against the ledger. */
export function useRulesEditor() {
  const rules = useRequest(() => getRules({ silent: true }), [])
  const [draft, setDraft] = useState<CategoryRule[]>([])
  /** A rule's input is `categories.<index>.<key>` (attendance caps one level deeper), as the server names it. */
  const errors = useFieldError((field) => /^categories\.\d+\.\w+/.test(field))
  const [report, setReport] = useState<ReconcileReport>()
  /** The transport toasts a failed check. */
  const checking = useSubmit((repair: boolean) => reconcileTotals(repair), { onDone: setReport })
  const saving = useSubmit(
    (version: number) => updateRules({ expectedVersion: version, categories: draft }, { silent: true }),
    {
      onError: (err) => errors.fail(err, '保存失败，请稍后再试'),
      toast: { title: (saved) => `已保存为第 ${saved.version} 版`, icon: 'none' },
      onDone: (saved) => rules.setData(() => saved),
    },
  )

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
    errors.reset()
    await saving.run(rules.data.version)
  }

  return {
    rules,
    draft,
    change,
    fieldOf,
    save,
    saving: saving.running,
    errors,
    report,
    checking: checking.running,
    reconcile: checking.run,
  }
}
