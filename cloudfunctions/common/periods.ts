import dayjs from 'dayjs'
import quarterOfYear from 'dayjs/plugin/quarterOfYear'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import type { PeriodKind } from './contract/common'

/**
 * THE periods of the product: days, months, quarters and years of
 * Asia/Shanghai, their keys (`2026-11-21`, `2026-11`, `2026-Q4`, `2026`),
 * labels, ranges and whether they have started or ended. Zod-free and
 * dependent on dayjs only: the mini-program bundles it too (`@periods`).
 */

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.extend(quarterOfYear)

export type { PeriodKind }

export const ZONE = 'Asia/Shanghai'

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year']

/** Periods start with the 2000s; anything older is a typo, not a period. */
const FIRST_YEAR = 2000

/**
 * The Shanghai calendar date of an instant. One cached Intl formatter: dayjs's
 * tz() builds a new one on every call, which made period keys a visible share
 * of a check-in's CPU (every points grant derives four of them).
 */
const calendar = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

const calendarDate = (at: Date): { year: string; month: string; day: string } => {
  const parts: Record<string, string> = {}
  for (const part of calendar.formatToParts(at)) parts[part.type] = part.value
  return { year: parts.year, month: parts.month, day: parts.day }
}

/** `2026-11-21`: the Shanghai day an instant falls in. */
export const dayKey = (at: Date): string => {
  const { year, month, day } = calendarDate(at)
  return `${year}-${month}-${day}`
}

/** `2026-11`, `2026-Q4`, `2026`: the Shanghai period an instant falls in. */
export const periodKey = (kind: PeriodKind, at: Date): string => {
  const { year, month } = calendarDate(at)
  if (kind === 'month') return `${year}-${month}`
  if (kind === 'quarter') return `${year}-Q${dayjs(`${year}-${month}-01`).quarter()}`
  return year
}

const PATTERNS: Record<PeriodKind, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
}

/** Whether `key` names an existing period of `kind` (`2026-13`, `2026-Q5`, `1999` and a quarter for a month do not). */
export const isPeriodKey = (kind: PeriodKind, key: string): boolean => {
  const match = PATTERNS[kind].exec(key)
  return match !== null && Number(match[1]) >= FIRST_YEAR
}

/** The first Shanghai midnight of a period key (assumed valid: see `isPeriodKey`). */
const periodStart = (kind: PeriodKind, key: string) => {
  const [year, part] = key.split(kind === 'quarter' ? '-Q' : '-')
  const start = dayjs.tz(`${year}-01-01 00:00:00`, ZONE)
  if (kind === 'month') return start.month(Number(part) - 1)
  if (kind === 'quarter') return start.quarter(Number(part))
  return start
}

/** The UTC instants bounding a period key: [start, end). */
export const periodRange = (kind: PeriodKind, key: string): { start: Date; end: Date } => {
  const start = periodStart(kind, key)
  return { start: start.toDate(), end: start.add(1, kind).toDate() }
}

/** The key `offset` periods after (negative: before) `key`: `shiftPeriod('quarter', '2026-Q1', -1)` is `2025-Q4`. */
export const shiftPeriod = (kind: PeriodKind, key: string, offset: number): string =>
  periodKey(kind, periodStart(kind, key).add(offset, kind).toDate())

/** The `count` periods of `kind` up to the one `now` falls in, newest first. */
export const recentPeriods = (kind: PeriodKind, now: Date, count: number): string[] => {
  const current = periodKey(kind, now)
  return Array.from({ length: count }, (_, index) => shiftPeriod(kind, current, -index))
}

/** Whether a period has begun by `now` (a future period has nothing to count or rank). */
export const hasBegun = (kind: PeriodKind, key: string, now: Date): boolean =>
  periodStart(kind, key).valueOf() <= now.getTime()

/** Whether a period is over by `now`: its last instant has passed. */
export const isOver = (kind: PeriodKind, key: string, now: Date): boolean => periodRange(kind, key).end <= now

/** Why a requested period cannot be used, or null: it must exist and must have begun. */
export const periodProblem = (kind: PeriodKind, key: string, now: Date): 'invalid' | 'future' | null => {
  if (!isPeriodKey(kind, key)) return 'invalid'
  return hasBegun(kind, key, now) ? null : 'future'
}

const QUARTER_NAMES = ['一', '二', '三', '四']

/** How a period reads everywhere: 2026年11月, 2026年第四季度, 2026年. */
export const periodLabel = (kind: PeriodKind, key: string): string => {
  const start = periodStart(kind, key)
  if (kind === 'month') return start.format('YYYY年M月')
  if (kind === 'quarter') return `${start.format('YYYY')}年第${QUARTER_NAMES[start.quarter() - 1]}季度`
  return start.format('YYYY年')
}

/** `2026-11` → `2026-Q4` (quarter) or `2026` (year): the period of `kind` a month falls in. */
export const monthIn = (kind: PeriodKind, month: string): string =>
  kind === 'month' ? month : periodKey(kind, periodStart('month', month).toDate())

const SIZE: Record<PeriodKind, number> = { month: 1, quarter: 3, year: 12 }

/** Whether a `unit` period (e.g. month) fits inside a `period` kind (e.g. quarter). */
export const fitsIn = (unit: PeriodKind, period: PeriodKind): boolean => SIZE[unit] <= SIZE[period]

/** The month keys of a period, in order. */
export const monthsOf = (period: Pick<PeriodRef, 'kind' | 'key'>): string[] => {
  const start = periodStart(period.kind, period.key)
  return Array.from({ length: SIZE[period.kind] }, (_, index) => start.add(index, 'month').format('YYYY-MM'))
}

/** The `unit` periods inside a period, e.g. the 3 months of a quarter or the 4 quarters of a year. */
export const unitsOf = (period: Pick<PeriodRef, 'kind' | 'key'>, unit: PeriodKind): string[] => [
  ...new Set(monthsOf(period).map((month) => monthIn(unit, month))),
]

/** A period with its instants. */
export interface PeriodRef {
  kind: PeriodKind
  key: string
  start: Date
  end: Date
}

export const toPeriodRef = (kind: PeriodKind, key: string): PeriodRef => ({ kind, key, ...periodRange(kind, key) })

/** The month, quarter and year `now` falls in. */
export const currentPeriods = (now: Date): PeriodRef[] =>
  PERIOD_KINDS.map((kind) => toPeriodRef(kind, periodKey(kind, now)))

/** The year a period belongs to. */
export const yearOf = (period: Pick<PeriodRef, 'key'>): PeriodRef => toPeriodRef('year', period.key.slice(0, 4))

/**
 * The period a request names (the current one when it names none). One that
 * does not exist or has not begun is refused with `refuse(problem)`, each
 * domain saying it in its own words.
 */
export const requestedPeriod = (
  input: { kind: PeriodKind; key?: string },
  now: Date,
  refuse: (problem: 'invalid' | 'future') => Error,
): PeriodRef => {
  const key = input.key ?? periodKey(input.kind, now)
  const problem = periodProblem(input.kind, key, now)
  if (problem) throw refuse(problem)
  return toPeriodRef(input.kind, key)
}

export { dayjs }
