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

/** Period keys: `2026-11`, `2026-Q4`, `2026`. */
export const periodKey = (kind: PeriodKind, at: Date): string => {
  const local = inZone(at)
  if (kind === 'month') return local.format('YYYY-MM')
  if (kind === 'quarter') return `${local.year()}-Q${local.quarter()}`
  return String(local.year())
}

export const dayKey = (at: Date): string => inZone(at).format('YYYY-MM-DD')

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
