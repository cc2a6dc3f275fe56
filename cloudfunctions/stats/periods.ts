import type { PeriodKind } from '../common/contract/common'
import type { StatsPeriodInput, StatsPeriod } from '../common/contract/stats'
import { AppError } from '../common/errors'
import { periodKey, periodLabel, periodRange } from '../common/time'

/** A period as the compiler uses it: instants, not strings. */
export interface PeriodRef {
  kind: PeriodKind
  key: string
  start: Date
  end: Date
}

const PATTERNS: Record<PeriodKind, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
}

/** Statistics start with the 2000s; anything older is a typo, not a period. */
const FIRST_YEAR = 2000

export { periodLabel }

export const toPeriodRef = (kind: PeriodKind, key: string): PeriodRef => ({ kind, key, ...periodRange(kind, key) })

/**
 * The period a request names: it must exist (`2026-13` and `2026-Q5` do not)
 * and must have started by `now` (a future period has nothing to count).
 */
export const resolvePeriod = (input: StatsPeriodInput, now: Date): PeriodRef => {
  const match = PATTERNS[input.kind].exec(input.key)
  if (!match || Number(match[1]) < FIRST_YEAR) throw new AppError('STATS_PERIOD_INVALID')
  const period = toPeriodRef(input.kind, input.key)
  if (period.start > now) throw new AppError('STATS_PERIOD_FUTURE')
  return period
}

/** The month, quarter and year `now` falls in: what the nightly timer recompiles. */
export const currentPeriods = (now: Date): PeriodRef[] =>
  (['month', 'quarter', 'year'] as const).map((kind) => toPeriodRef(kind, periodKey(kind, now)))

export const yearOf = (period: PeriodRef): PeriodRef => toPeriodRef('year', period.key.slice(0, 4))

/** `2026-11` → `2026-Q4`; `2026-11` → `2026`. */
export const monthIn = (kind: PeriodKind, month: string): string => {
  if (kind === 'month') return month
  if (kind === 'quarter') return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`
  return month.slice(0, 4)
}

const RANK: Record<PeriodKind, number> = { month: 1, quarter: 2, year: 3 }

/** Whether a `unit` period (e.g. month) fits inside a `period` kind (e.g. quarter). */
export const fitsIn = (unit: PeriodKind, period: PeriodKind): boolean => RANK[unit] <= RANK[period]

/** The month keys of a period, in order. */
export const monthsOf = (period: Pick<PeriodRef, 'kind' | 'key'>): string[] => {
  const year = period.key.slice(0, 4)
  if (period.kind === 'month') return [period.key]
  const first = period.kind === 'quarter' ? (Number(period.key.slice(6)) - 1) * 3 + 1 : 1
  const count = period.kind === 'quarter' ? 3 : 12
  return Array.from({ length: count }, (_, index) => `${year}-${String(first + index).padStart(2, '0')}`)
}

/** The `unit` periods inside a period, e.g. the 3 months of a quarter or the 4 quarters of a year. */
export const unitsOf = (period: Pick<PeriodRef, 'kind' | 'key'>, unit: PeriodKind): string[] => [
  ...new Set(monthsOf(period).map((month) => monthIn(unit, month))),
]

export const toStatsPeriod = (period: PeriodRef): StatsPeriod => ({
  kind: period.kind,
  key: period.key,
  label: periodLabel(period.kind, period.key),
  start: period.start.toISOString(),
  end: period.end.toISOString(),
})
