/**
 * Chooses how to find candidate documents for a filter: by `_id`, by the
 * longest equality prefix of a declared index, or by a full scan. The result
 * only narrows the candidates; mingo still applies the whole filter to each,
 * so a plan can never change what a query returns, only how much it reads.
 */
import type { IndexSpec } from '../../cloudfunctions/common/db/collections'
import { encodeDoc, isDate, isRegExp, type Doc } from './codec'
import { FALSE_KEY, keyExpression, MULTI_KEY, NULL_KEY, TRUE_KEY } from './sqlIndex'

export interface Plan {
  /** SQL condition over the collection table, or null for a full scan. */
  condition: string | null
  params: unknown[]
  index: string | null
  /** The index and how many of its leading keys the equalities fixed (for range refinement, see ordered.ts). */
  spec?: IndexSpec
  fixedKeys?: number
}

const FULL_SCAN: Plan = { condition: null, params: [], index: null }

/** Equality candidates per path: the values a matching document may hold there. */
export function equalities(filter: Doc, into = new Map<string, unknown[]>()): Map<string, unknown[]> {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const sub of value) if (isPlainObject(sub)) equalities(sub, into)
      continue
    }
    if (key.startsWith('$')) continue
    const values = equalityValues(value)
    if (values && !into.has(key)) into.set(key, values)
  }
  return into
}

function equalityValues(value: unknown): unknown[] | null {
  if (isIndexable(value)) return [value]
  if (!isPlainObject(value)) return null
  const ops = Object.keys(value)
  if (ops.length !== 1) return null
  if (ops[0] === '$eq' && isIndexable(value.$eq)) return [value.$eq]
  if (ops[0] === '$in' && Array.isArray(value.$in) && value.$in.every(isIndexable)) return value.$in
  return null
}

function isIndexable(v: unknown): boolean {
  return (
    v === null ||
    typeof v === 'string' ||
    typeof v === 'boolean' ||
    isDate(v) ||
    (typeof v === 'number' && Number.isFinite(v))
  )
}

export function isPlainObject(v: unknown): v is Doc {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !isDate(v) && !isRegExp(v)
}

/** The value as SQLite sees it through the index expression (json_extract results). */
export function sqlValue(v: unknown): unknown {
  if (v === null) return NULL_KEY
  if (typeof v === 'boolean') return v ? TRUE_KEY : FALSE_KEY
  if (isDate(v)) return encodeDoc(v)
  return v
}

export const placeholders = (n: number): string => new Array(n).fill('?').join(', ')

export function plan(filter: Doc, indexes: IndexSpec[]): Plan {
  const eq = equalities(filter)
  const ids = eq.get('_id')
  if (ids && ids.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return { condition: `_id IN (${placeholders(ids.length)})`, params: ids, index: '_id_' }
  }
  const best = bestIndex(eq, indexes)
  return best ? indexPlan(best, eq) : FULL_SCAN
}

type IndexChoice = { spec: IndexSpec; keys: string[] }

/** The index whose leading keys cover the most equalities, with those keys. */
function bestIndex(eq: Map<string, unknown[]>, indexes: IndexSpec[]): IndexChoice | null {
  let best: IndexChoice | null = null
  for (const spec of indexes) {
    const keys = equalityPrefix(spec, eq)
    if (keys.length && (!best || keys.length > best.keys.length)) best = { spec, keys }
  }
  return best
}

function equalityPrefix(spec: IndexSpec, eq: Map<string, unknown[]>): string[] {
  const keys: string[] = []
  for (const k of Object.keys(spec.keys)) {
    if (!eq.has(k)) break
    keys.push(k)
    if (spec.unique) break // unique indexes are probed on their first key only, see below
  }
  return keys
}

function indexPlan(best: IndexChoice, eq: Map<string, unknown[]>): Plan {
  const parts: string[] = []
  const params: unknown[] = []
  for (const k of best.keys) {
    const values = eq.get(k)!.map(sqlValue)
    const expr = keyExpression(k, best.spec.unique === true)
    if (best.spec.unique) {
      // Multikey documents are NULL in a unique index: include them, the filter decides.
      parts.push(`(${expr} IN (${placeholders(values.length)}) OR ${expr} IS NULL)`)
      params.push(...values)
    } else {
      parts.push(`${expr} IN (${placeholders(values.length + 1)})`)
      params.push(...values, MULTI_KEY)
    }
  }
  return { condition: parts.join(' AND '), params, index: best.spec.name, spec: best.spec, fixedKeys: best.keys.length }
}
