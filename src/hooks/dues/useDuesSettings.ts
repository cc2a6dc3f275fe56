import { useState } from 'react'
import { periodKey, shiftPeriod } from '@periods'
import { getDuesRules, setDuesRules } from '@/api/dues'
import { useFieldError } from '../useFieldError'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'
import { formOf, payloadOf, withBracket, type BracketKind, type BracketRow, type RulesForm } from './rulesForm'

/** Inputs that show their own error; a bracket's error shows above the save button. */
const FIELDS = ['fromMonth', 'flatFen']

/**
 * 党费设置 (the organisation's admin): the brackets, the flat amount and the
 * 五险一金 choice as a new version from a month on (next month at the
 * earliest), so no month that has begun changes; the versions so far.
 */
export function useDuesSettings() {
  const rules = useRequest(() => getDuesRules({ silent: true }), [])
  const [edited, setForm] = useState<RulesForm>()
  const nextMonth = shiftPeriod('month', periodKey('month', new Date()), 1)
  const [fromMonth, setFromMonth] = useState(nextMonth)
  const latest = rules.data?.versions[rules.data.versions.length - 1] ?? rules.data?.current
  const form = edited ?? (latest ? formOf(latest) : undefined)
  const errors = useFieldError((field) => FIELDS.includes(field))
  const update = (field: string, change: (previous: RulesForm) => RulesForm) => {
    errors.changed(field)
    if (form) setForm(change(form))
  }
  const setRow = (kind: BracketKind, index: number, row: Partial<BracketRow>) =>
    update(`${kind}.${index}`, (previous) => ({
      ...previous,
      [kind]: previous[kind].map((item, at) => (at === index ? { ...item, ...row } : item)),
    }))
  const addRow = (kind: BracketKind) =>
    update(kind, (previous) => ({ ...previous, [kind]: withBracket(previous[kind]) }))
  const removeRow = (kind: BracketKind, index: number) =>
    update(kind, (previous) => ({ ...previous, [kind]: previous[kind].filter((_, at) => at !== index) }))
  const save = useSubmit(() => setDuesRules(payloadOf(form as RulesForm, fromMonth), { silent: true }), {
    onError: (error) => errors.fail(error, '保存失败，请稍后再试'),
    toast: { title: '已保存，届时生效' },
    onDone: () => {
      setForm(undefined)
      return rules.reload()
    },
  })
  return {
    rules,
    form,
    setRow,
    addRow,
    removeRow,
    setFlat: (flat: string) => update('flatFen', (previous) => ({ ...previous, flat })),
    setDeductInsurance: (deductInsurance: boolean) =>
      update('deductInsurance', (previous) => ({ ...previous, deductInsurance })),
    fromMonth,
    setFromMonth: (month: string) => {
      errors.changed('fromMonth')
      setFromMonth(month)
    },
    minMonth: nextMonth,
    maxMonth: shiftPeriod('month', nextMonth, 23),
    errors,
    save,
  }
}
