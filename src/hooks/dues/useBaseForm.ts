import { useState } from 'react'
import type { DuesCategory, DuesRulesView, MyDues } from '@contract'
import { chargeFor, type Charge } from '@duesAmount'
import { periodKey, shiftPeriod } from '@periods'
import { declareBase, getDuesRules } from '@/api/dues'
import { toFen } from '@/packages/dues/labels'
import { useFieldError } from '../useFieldError'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

const FIELDS = ['category', 'payFen', 'insuranceFen', 'fromMonth']

/** The rules version in force in `month` (versions come oldest first). */
const rulesIn = (versions: DuesRulesView[], month: string): DuesRulesView | undefined =>
  versions.filter((version) => version.fromMonth <= month).pop()

/** The first month a new base may start: this month while it is unpaid, else the next. */
const firstOpenMonth = (dues: MyDues | undefined, now: Date): string => {
  const current = periodKey('month', now)
  return dues?.current.state === 'paid' ? shiftPeriod('month', current, 1) : current
}

/** What the typed declaration would cost a month under the rules of its month; null until it is complete. */
const previewOf = (
  rules: DuesRulesView | undefined,
  category: DuesCategory,
  pay: string,
  insurance: string,
): Charge | null => {
  if (!rules) return null
  if (category === 'flat') return chargeFor(category, { payFen: 0, insuranceFen: 0 }, rules)
  const payFen = toFen(pay)
  const insuranceFen = insurance.trim() ? toFen(insurance) : 0
  if (!(payFen > 0) || Number.isNaN(insuranceFen)) return null
  return chargeFor(category, { payFen, insuranceFen }, rules)
}

/**
 * 申报党费基数 on 我的党费: category, pay (and 五险一金 when the rules deduct
 * it), the month it applies from; shows the monthly amount before sending.
 */
export function useBaseForm(dues: MyDues | undefined, onDeclared: () => unknown) {
  const rules = useRequest(() => getDuesRules({ silent: true }), [])
  const [open, setOpen] = useState(false)
  const [category, setCategory] = useState<DuesCategory>(dues?.base?.category ?? 'employed')
  const [pay, setPay] = useState('')
  const [insurance, setInsurance] = useState('')
  const [chosenMonth, setFromMonth] = useState<string>()
  const minMonth = firstOpenMonth(dues, new Date())
  const fromMonth = chosenMonth && chosenMonth >= minMonth ? chosenMonth : minMonth
  const monthRules = rulesIn(rules.data?.versions ?? [], fromMonth)
  const errors = useFieldError((field) => FIELDS.includes(field))
  const submit = useSubmit(
    () =>
      declareBase(
        {
          category,
          fromMonth,
          ...(category === 'flat' ? {} : { payFen: toFen(pay), insuranceFen: insurance.trim() ? toFen(insurance) : 0 }),
        },
        { silent: true },
      ),
    {
      onError: (error) => errors.fail(error, '提交失败，请稍后再试'),
      toast: { title: '已提交，待支部书记确认' },
      onDone: () => {
        setOpen(false)
        setPay('')
        setInsurance('')
        return onDeclared()
      },
    },
  )
  const change = errors.tracked
  return {
    open,
    setOpen,
    category,
    setCategory: change('category', setCategory),
    pay,
    setPay: change('payFen', setPay),
    insurance,
    setInsurance: change('insuranceFen', setInsurance),
    fromMonth,
    setFromMonth: change('fromMonth', setFromMonth),
    minMonth,
    maxMonth: shiftPeriod('month', minMonth, 12),
    deductsInsurance: Boolean(monthRules?.deductInsurance) && category !== 'flat',
    preview: previewOf(monthRules, category, pay, insurance),
    errors,
    submit,
  }
}
