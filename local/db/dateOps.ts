/**
 * Date expression operators with MongoDB's definitions
 * (https://www.mongodb.com/docs/manual/reference/operator/aggregation/#date-expression-operators),
 * replacing mingo's where they differ: `$week` is strftime's %U (weeks start
 * on Sunday, days before the first Sunday are week 0), `$isoWeekYear` is the
 * year of the ISO week's Thursday, `%G` formats the ISO week year, and a
 * `timezone` (Olson name or ±hh[:mm] offset) is applied with the offset in
 * force at that instant, not today's.
 */
import { computeValue, type Options } from 'mingo/core'
import {
  $dateFromParts as mingoDateFromParts,
  $dateFromString as mingoDateFromString,
} from 'mingo/operators/expression/date'
import { isDate, type Doc } from './codec'
import { invalidParam } from './errors'

type Op = (obj: Doc, expr: unknown, options: Options) => unknown

const DAY = 86_400_000
const OFFSET_RE = /^([+-])(\d{2})(?::?(\d{2}))?$/

/** Minutes east of UTC for a timezone argument at the given instant. */
export function tzOffset(tz: unknown, at: number): number {
  if (tz === undefined || tz === null) return 0
  if (typeof tz !== 'string') throw invalidParam('timezone must be a string')
  const m = OFFSET_RE.exec(tz)
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0))
  let parts: Intl.DateTimeFormatPart[]
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(at))
  } catch {
    throw invalidParam(`unrecognized time zone identifier: "${tz}"`)
  }
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'))
  return Math.round((wall - Math.floor(at / 1000) * 1000) / 60_000)
}

/** The operand as {date, timezone}: a date expression, `[date]`, or `{date, timezone}`. */
function operand(obj: Doc, expr: unknown, options: Options): { date: Date; tz: unknown } | null {
  const inner = Array.isArray(expr) && expr.length === 1 ? expr[0] : expr
  const value = computeValue(obj, inner as never, null, options) as unknown
  const spec = value !== null && typeof value === 'object' && !isDate(value) ? (value as Doc) : { date: value }
  if (spec.date === null || spec.date === undefined) return null
  if (!isDate(spec.date)) throw invalidParam(`can't convert from BSON type ${typeof spec.date} to Date`)
  return { date: spec.date, tz: spec.timezone }
}

/** The instant shifted by the timezone offset, so UTC getters read local wall-clock fields. */
function wallClock(obj: Doc, expr: unknown, options: Options): Date | null {
  const o = operand(obj, expr, options)
  if (!o) return null
  const t = o.date.getTime()
  return new Date(t + tzOffset(o.tz, t) * 60_000)
}

const dayOfYear = (d: Date) => Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / DAY) + 1
const isoDayOfWeek = (d: Date) => d.getUTCDay() || 7
/** The Thursday of d's ISO week decides its ISO year and week number. */
const isoThursday = (d: Date) => new Date(d.getTime() + (4 - isoDayOfWeek(d)) * DAY)
const isoWeekYear = (d: Date) => isoThursday(d).getUTCFullYear()
const isoWeek = (d: Date) => Math.floor((dayOfYear(isoThursday(d)) - 1) / 7) + 1
const week = (d: Date) => Math.floor((dayOfYear(d) - 1 + 7 - d.getUTCDay()) / 7)

const PARTS: Record<string, (d: Date) => number> = {
  $year: (d) => d.getUTCFullYear(),
  $month: (d) => d.getUTCMonth() + 1,
  $dayOfMonth: (d) => d.getUTCDate(),
  $hour: (d) => d.getUTCHours(),
  $minute: (d) => d.getUTCMinutes(),
  $second: (d) => d.getUTCSeconds(),
  $millisecond: (d) => d.getUTCMilliseconds(),
  $dayOfYear: dayOfYear,
  $dayOfWeek: (d) => d.getUTCDay() + 1,
  $week: week,
  $isoWeek: isoWeek,
  $isoWeekYear: isoWeekYear,
  $isoDayOfWeek: isoDayOfWeek,
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0')

function formatOffset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+'
  return `${sign}${pad(Math.trunc(minutes / 60), 2)}${colon ? ':' : ''}${pad(minutes % 60, 2)}`
}

const FULL_MONTHS = 'January February March April May June July August September October November December'.split(' ')
const MONTHS = FULL_MONTHS.map((m) => m.slice(0, 3))

/** $dateToString format specifiers, as listed in MongoDB's $dateToString reference. */
const SPECIFIERS = new Map<string, (d: Date, offset: number) => string>([
  ['d', (d) => pad(d.getUTCDate(), 2)],
  ['G', (d) => pad(isoWeekYear(d), 4)],
  ['H', (d) => pad(d.getUTCHours(), 2)],
  ['j', (d) => pad(dayOfYear(d), 3)],
  ['L', (d) => pad(d.getUTCMilliseconds(), 3)],
  ['m', (d) => pad(d.getUTCMonth() + 1, 2)],
  ['M', (d) => pad(d.getUTCMinutes(), 2)],
  ['S', (d) => pad(d.getUTCSeconds(), 2)],
  ['u', (d) => String(isoDayOfWeek(d))],
  ['U', (d) => pad(week(d), 2)],
  ['V', (d) => pad(isoWeek(d), 2)],
  ['w', (d) => String(d.getUTCDay())],
  ['Y', (d) => pad(d.getUTCFullYear(), 4)],
  ['z', (_, offset) => formatOffset(offset, false)],
  ['Z', (_, offset) => String(offset)],
  ['b', (d) => MONTHS[d.getUTCMonth()]],
  ['B', (d) => FULL_MONTHS[d.getUTCMonth()]],
  ['%', () => '%'],
])

function specifier(c: string, d: Date, offset: number): string {
  const format = SPECIFIERS.get(c)
  if (!format) throw invalidParam(`$dateToString: invalid format specifier %${c}`)
  return format(d, offset)
}

const $dateToString: Op = (obj, expr, options) => {
  const args = computeValue(obj, expr as never, null, options) as Doc
  const onNull = args.onNull === undefined ? null : args.onNull
  if (args.date === null || args.date === undefined) return onNull
  if (!isDate(args.date)) throw invalidParam('$dateToString: date must be a Date')
  const t = args.date.getTime()
  const offset = tzOffset(args.timezone, t)
  const d = new Date(t + offset * 60_000)
  const format = typeof args.format === 'string' ? args.format : '%Y-%m-%dT%H:%M:%S.%LZ'
  return format.replace(/%(.)/g, (_, c: string) => specifier(c, d, offset))
}

/** Wall-clock time W (as if UTC) in timezone tz → the instant. */
function fromWallClock(wall: number, tz: unknown): Date {
  if (tz === undefined || tz === null) return new Date(wall)
  const first = wall - tzOffset(tz, wall) * 60_000
  return new Date(wall - tzOffset(tz, first) * 60_000)
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback)

const $dateFromParts: Op = (obj, expr, options) => {
  const args = computeValue(obj, expr as never, null, options) as Doc
  const { timezone, ...parts } = args
  let wall: number
  if (parts.isoWeekYear !== undefined) {
    const jan4 = Date.UTC(num(parts.isoWeekYear, 0), 0, 4)
    const week1Monday = jan4 - (isoDayOfWeek(new Date(jan4)) - 1) * DAY
    const days = (num(parts.isoWeek, 1) - 1) * 7 + num(parts.isoDayOfWeek, 1) - 1
    const time = ((num(parts.hour, 0) * 60 + num(parts.minute, 0)) * 60 + num(parts.second, 0)) * 1000
    wall = week1Monday + days * DAY + time + num(parts.millisecond, 0)
  } else wall = (mingoDateFromParts(obj, parts, options) as Date).getTime()
  return fromWallClock(wall, timezone)
}

const IN_STRING_OFFSET = /([+-]\d{2}):?(\d{2})$/

/**
 * mingo parses the date string; here: a trailing ±hh[:mm] offset is applied
 * (mingo reads only a letter zone), the timezone argument uses the offset at
 * that instant, and an unparsable string without onError fails as in MongoDB.
 */
const $dateFromString: Op = (obj, expr, options) => {
  const args = computeValue(obj, expr as never, null, options) as Doc
  const { timezone, ...rest } = args
  const text = rest.dateString
  const offset = inStringOffset(text, rest.format, timezone)
  const source = offset ? { ...rest, dateString: (text as string).slice(0, offset.index) } : rest
  const parsed = mingoDateFromString(obj, source, options)
  if (parsed === undefined && rest.onError === undefined && text !== null && text !== undefined)
    throw invalidParam(`$dateFromString: error parsing date string "${String(text)}"`)
  if (!isDate(parsed)) return parsed
  return fromWallClock(parsed.getTime(), offset ? `${offset[1]}:${offset[2]}` : timezone)
}

/** The string's trailing ±hh[:mm] offset (null without one); a string carrying its own zone refuses a timezone argument. */
function inStringOffset(text: unknown, format: unknown, timezone: unknown): RegExpExecArray | null {
  const offset = typeof text === 'string' && format === undefined ? IN_STRING_OFFSET.exec(text) : null
  const inString = offset !== null || (typeof text === 'string' && /[A-Z]$/.test(text))
  if (inString && timezone !== undefined)
    throw invalidParam('$dateFromString: a date string with time zone information cannot take a timezone argument')
  return offset
}

/** The operators to register over mingo's. */
export const dateOperators: Record<string, Op> = {
  ...Object.fromEntries(
    Object.entries(PARTS).map(([name, part]): [string, Op] => [
      name,
      (obj, expr, options) => {
        const d = wallClock(obj, expr, options)
        return d === null ? null : part(d)
      },
    ]),
  ),
  $dateToString,
  $dateFromParts,
  $dateFromString,
}
