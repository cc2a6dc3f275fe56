import { dayjs } from '../../common/time'

/** Calendar arithmetic on `YYYY-MM-DD` days (no time zone: a day is a day). */

const parse = (day: string) => dayjs.utc(day)

/** The same day `months` later; the month's last day when it has no such day (01-31 + 1 month = 02-28). */
export const addMonths = (day: string, months: number): string => parse(day).add(months, 'month').format('YYYY-MM-DD')

export const addDays = (day: string, days: number): string => parse(day).add(days, 'day').format('YYYY-MM-DD')

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => parse(to).diff(parse(from), 'day')

export const latest = (days: readonly (string | null | undefined)[]): string | null =>
  days.reduce<string | null>((max, day) => (day && (!max || day > max) ? day : max), null)
