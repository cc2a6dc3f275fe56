import type { EntryPeriods, TotalsKind } from '../db/models/points'
import { dayKey, periodKey } from '../time'

/** The Asia/Shanghai day, month, quarter and year an instant falls in. */
export const entryPeriods = (at: Date): EntryPeriods => ({
  day: dayKey(at),
  month: periodKey('month', at),
  quarter: periodKey('quarter', at),
  year: periodKey('year', at),
})

export const TOTALS_KINDS: readonly TotalsKind[] = ['day', 'month', 'quarter', 'year']

export const memberTotalsId = (memberId: string, key: string) => `${memberId}:${key}`
