/**
 * MongoDB's sort order (https://www.mongodb.com/docs/manual/reference/bson-type-comparison-order/),
 * used for orderBy() and the $sort stage instead of mingo's: types rank
 * null/missing < numbers < strings < objects < arrays < booleans < dates <
 * regular expressions; an ascending sort uses an array's smallest element and
 * a descending sort its largest, and an empty array sorts before null;
 * strings compare by their UTF-8 bytes; objects field by field.
 */
import type { Iterator } from 'mingo/lazy'
import { resolve } from 'mingo/util'
import { isDate, isRegExp, type Doc } from './codec'

type Direction = 1 | -1

const EMPTY_ARRAY = Symbol('empty array')

function rank(v: unknown): number {
  if (v === EMPTY_ARRAY) return 0
  if (v === undefined || v === null) return 1
  if (typeof v === 'number') return 2
  if (typeof v === 'string') return 3
  if (Array.isArray(v)) return 5
  if (typeof v === 'boolean') return 8
  if (isDate(v)) return 9
  if (isRegExp(v)) return 10
  return 4
}

const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0)

/** UTF-16 order equals UTF-8 byte order unless a surrogate pair meets a character from U+E000 up. */
const BEYOND_BMP_ORDER = /[\uD800-\uFFFF]/

function compareStrings(a: string, b: string): number {
  if (BEYOND_BMP_ORDER.test(a) || BEYOND_BMP_ORDER.test(b)) return Buffer.compare(Buffer.from(a), Buffer.from(b))
  return a < b ? -1 : a > b ? 1 : 0
}

function compareNumbers(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : -1) : 1
  return sign(a - b)
}

function compareObjects(a: Doc, b: Doc): number {
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    const byType = rank(a[ka[i]]) - rank(b[kb[i]])
    if (byType) return sign(byType)
    const byName = compareStrings(ka[i], kb[i])
    if (byName) return byName
    const byValue = compareValues(a[ka[i]], b[kb[i]])
    if (byValue) return byValue
  }
  return sign(ka.length - kb.length)
}

/** Two values in MongoDB's order (arrays as values compare element by element). */
export function compareValues(a: unknown, b: unknown): number {
  const byType = rank(a) - rank(b)
  if (byType) return sign(byType)
  if (typeof a === 'number') return compareNumbers(a, b as number)
  if (typeof a === 'string') return compareStrings(a, b as string)
  if (typeof a === 'boolean') return Number(a) - Number(b)
  if (isDate(a)) return compareNumbers(a.getTime(), (b as Date).getTime())
  if (isRegExp(a)) return compareValues([a.source, a.flags], [(b as RegExp).source, (b as RegExp).flags])
  if (Array.isArray(a)) return compareArrays(a, b as unknown[])
  if (rank(a) === 4) return compareObjects(a as Doc, b as Doc)
  return 0
}

function compareArrays(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareValues(a[i], b[i])
    if (c) return c
  }
  return sign(a.length - b.length)
}

/** The value a document sorts by on `path`: an array stands for its smallest (asc) or largest (desc) element. */
function sortKey(doc: Doc, path: string, direction: Direction): unknown {
  const value = resolve(doc, path)
  if (!Array.isArray(value)) return value
  const elements = value.flat()
  if (!elements.length) return EMPTY_ARRAY
  return elements.reduce((best, v) => (compareValues(v, best) * direction < 0 ? v : best))
}

/** The documents sorted by `order` ({field: 1 | -1}, first key first); ties keep their order. */
export function sortDocs<T extends Doc>(docs: T[], order: Record<string, Direction>): T[] {
  const keys = Object.entries(order).map(([path, d]) => [path, d === -1 ? -1 : 1] as [string, Direction])
  const keyed = docs.map((doc) => ({ doc, k: keys.map(([path, d]) => sortKey(doc, path, d)) }))
  keyed.sort((x, y) => {
    for (let i = 0; i < keys.length; i++) {
      const c = compareValues(x.k[i], y.k[i])
      if (c) return c * keys[i][1]
    }
    return 0
  })
  return keyed.map((e) => e.doc)
}

/** The aggregation `$sort` stage with the same order. */
export const $sort = (collection: Iterator, sortKeys: Record<string, Direction>): Iterator =>
  collection.transform((docs) => sortDocs(docs as Doc[], sortKeys))
