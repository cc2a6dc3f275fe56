import type { DuesMonthView } from '@contract'
import { DUES_CATEGORY_LABELS, DUES_STATE_LABELS, ratePercent, yuan } from '@contract/duesLabels'
import type { Tone } from '@/utils/events'

/** How a dues month reads in the pages. */
export const STATE_TONES: Record<DuesMonthView['state'], Tone> = {
  due: 'danger',
  paid: 'success',
  exempt: 'default',
  before_join: 'default',
  no_base: 'warning',
}

export const stateLabel = (month: DuesMonthView) => DUES_STATE_LABELS[month.state]

/** 「在职党员 · 基数 6000.00 元 × 1.5%」, or the flat amount's wording. */
export const basisLine = (month: DuesMonthView): string => {
  if (!month.category) return ''
  const category = DUES_CATEGORY_LABELS[month.category]
  if (month.baseFen === null || month.rateBp === null) return `${category} · 定额`
  return `${category} · 基数 ${yuan(month.baseFen)} 元 × ${ratePercent(month.rateBp)}`
}

export { yuan }

/** 「6000.5」 (元, as typed) → 600050 fen; NaN when it is not an amount with at most two decimals. */
export const toFen = (typed: string): number => {
  const text = typed.trim()
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return Number.NaN
  const [whole, decimals = ''] = text.split('.')
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'))
}
