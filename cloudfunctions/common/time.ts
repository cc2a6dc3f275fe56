import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import quarterOfYear from 'dayjs/plugin/quarterOfYear'
import type { PeriodKind } from './contract/common'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.extend(quarterOfYear)

/** Days, months, quarters and years of the product are those of Asia/Shanghai. */
export const ZONE = 'Asia/Shanghai'

export const inZone = (at: Date | string | number) => dayjs(at).tz(ZONE)

/**
 * The Shanghai calendar date of an instant. One cached Intl formatter: dayjs's
 * tz() builds a new one on every call, which made period keys a visible share
 * of a check-in's CPU (every points grant derives four of them).
 */
const calendar = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

const calendarDate = (at: Date): { year: string; month: string; day: string } => {
  const parts: Record<string, string> = {}
  for (const part of calendar.formatToParts(at)) parts[part.type] = part.value
  return { year: parts.year, month: parts.month, day: parts.day }
}

/** Period keys: `2026-11`, `2026-Q4`, `2026`. */
export const periodKey = (kind: PeriodKind, at: Date): string => {
  const { year, month } = calendarDate(at)
  if (kind === 'month') return `${year}-${month}`
  if (kind === 'quarter') return `${year}-Q${Math.ceil(Number(month) / 3)}`
  return year
}

export const dayKey = (at: Date): string => {
  const { year, month, day } = calendarDate(at)
  return `${year}-${month}-${day}`
}

const QUARTER_NAMES = ['一', '二', '三', '四']

/** How a period reads everywhere: 2026年11月, 2026年第四季度, 2026年. */
export const periodLabel = (kind: PeriodKind, key: string): string => {
  const year = key.slice(0, 4)
  if (kind === 'month') return `${year}年${Number(key.slice(5, 7))}月`
  if (kind === 'quarter') return `${year}年第${QUARTER_NAMES[Number(key.slice(6)) - 1]}季度`
  return `${year}年`
}

/** The UTC instants bounding a period key: [start, end). */
export const periodRange = (kind: PeriodKind, key: string): { start: Date; end: Date } => {
  const start = periodStart(kind, key)
  const end = start.add(1, kind === 'year' ? 'year' : kind === 'quarter' ? 'quarter' : 'month')
  return { start: start.toDate(), end: end.toDate() }
}

const periodStart = (kind: PeriodKind, key: string) => {
  if (kind === 'month') return dayjs.tz(`${key}-01 00:00:00`, ZONE)
  if (kind === 'quarter') {
    const [year, quarter] = key.split('-Q')
    const month = (Number(quarter) - 1) * 3 + 1
    return dayjs.tz(`${year}-${String(month).padStart(2, '0')}-01 00:00:00`, ZONE)
  }
  return dayjs.tz(`${key}-01-01 00:00:00`, ZONE)
}

export { dayjs }
