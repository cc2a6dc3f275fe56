/**
 * String expression operators mingo lacks or defines differently from
 * MongoDB: `$indexOfCP` (absent from mingo) and `$substrBytes` (mingo refuses
 * a negative length and a range ending at the end of the string). Definitions:
 * https://www.mongodb.com/docs/manual/reference/operator/aggregation/indexOfCP/
 * https://www.mongodb.com/docs/manual/reference/operator/aggregation/substrBytes/
 */
import { computeValue, type Options } from 'mingo/core'
import type { Doc } from './codec'
import { invalidParam } from './errors'

type Op = (obj: Doc, expr: unknown, options: Options) => unknown

const args = (obj: Doc, expr: unknown, options: Options, name: string, min: number, max: number): unknown[] => {
  const values = computeValue(obj, expr as never, null, options) as unknown
  if (!Array.isArray(values) || values.length < min || values.length > max)
    throw invalidParam(`${name} takes ${min === max ? min : `${min} to ${max}`} arguments`)
  return values
}

const nonNegativeInt = (v: unknown, name: string, what: string): number => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw invalidParam(`${name}: ${what} must be a non-negative integer`)
  return v
}

const requireString = (v: unknown, name: string, which: string): string => {
  if (typeof v !== 'string') throw invalidParam(`${name} requires a string as the ${which} argument`)
  return v
}

const optionalIndex = (v: unknown, fallback: number, what: string): number =>
  v === undefined ? fallback : nonNegativeInt(v, '$indexOfCP', what)

/** `[string, substring, start?, end?]` → code point index of the first occurrence, -1, or null for a null string. */
const $indexOfCP: Op = (obj, expr, options) => {
  const [s, sub, start, end] = args(obj, expr, options, '$indexOfCP', 2, 4)
  if (s === null || s === undefined) return null
  const chars = Array.from(requireString(s, '$indexOfCP', 'first'))
  const needle = Array.from(requireString(sub, '$indexOfCP', 'second'))
  const from = optionalIndex(start, 0, 'the starting index')
  const to = Math.min(optionalIndex(end, chars.length, 'the ending index'), chars.length)
  for (let i = from; i + needle.length <= to; i++) if (needle.every((c, k) => chars[i + k] === c)) return i
  return from <= to && needle.length === 0 ? from : -1
}

const isContinuation = (buf: Buffer, i: number) => i < buf.length && (buf[i] & 0xc0) === 0x80

function byteRangeArgs(index: unknown, count: unknown): [number, number] {
  if (typeof index !== 'number' || index < 0) throw invalidParam('$substrBytes: starting index must be non-negative')
  if (typeof count !== 'number') throw invalidParam('$substrBytes: length must be a numeric type')
  return [index, count]
}

/** `[string, byteIndex, byteCount]`: a negative count reads to the end; a range may not split a UTF-8 character. */
const $substrBytes: Op = (obj, expr, options) => {
  const [s, rawIndex, rawCount] = args(obj, expr, options, '$substrBytes', 3, 3)
  if (s === null || s === undefined) return ''
  const text = requireString(typeof s === 'number' ? String(s) : s, '$substrBytes', 'first')
  const [index, count] = byteRangeArgs(rawIndex, rawCount)
  const buf = Buffer.from(text, 'utf8')
  const begin = Math.trunc(index)
  if (begin >= buf.length) return ''
  const end = count < 0 ? buf.length : Math.min(buf.length, begin + Math.trunc(count))
  if (isContinuation(buf, begin))
    throw invalidParam('$substrBytes: invalid range, starting index is a UTF-8 continuation byte')
  if (isContinuation(buf, end))
    throw invalidParam('$substrBytes: invalid range, ending index is in the middle of a UTF-8 character')
  return buf.subarray(begin, end).toString('utf8')
}

export const stringOperators: Record<string, Op> = { $indexOfCP, $substrBytes }
