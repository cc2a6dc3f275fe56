/**
 * Index-ordered reads and index-only counts, for the two shapes rankings
 * need: "top N by a number within an equality prefix" and "how many have more
 * than x". Without them, a ranking decoded every document of the period
 * before sorting, and "my rank" counted by reading them all again.
 *
 * Exactness: SQLite's order of an index expression equals MongoDB's order only
 * when every value involved is a number (numbers sort before all text in
 * SQLite, and sqlIndex gives booleans, null and arrays text markers). So each
 * path first asks the index whether anything in the prefix is not a plain
 * number or crosses an array (multikey); if so it declines and the caller
 * takes the general path. Rows read on the ordered path still go through the
 * whole filter, and the kept rows are sorted by the full order afterwards.
 */
import type { IndexSpec } from '../../cloudfunctions/common/db/collections'
import type { Doc } from './codec'
import { encodeDoc, isDate } from './codec'
import { equalities, isPlainObject, sqlValue, type Plan } from './planner'
import { keyExpression, MULTI_KEY } from './sqlIndex'
import type { Row, SqlStore } from './sqlStore'

/** An index whose first keys are fixed by single-value equalities and whose next key is `key`. */
interface PrefixPlan {
  prefix: { expr: string; value: unknown }[]
  keyExpr: string
  /** The ordering key and the index's keys (for later sort keys the index also orders). */
  key?: string
  indexKeys?: string[]
}

const RANGE_OPS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }

/** A string that is one of the index's own markers cannot be looked up exactly. */
const isPlainKeyValue = (v: unknown): boolean =>
  (typeof v === 'string' && !v.startsWith('\u0001')) || (typeof v === 'number' && Number.isFinite(v))

/** The index fixing the most equality fields before `key` (so the fewest rows are read). */
function prefixPlan(indexes: IndexSpec[], eq: Map<string, unknown[]>, key: string): PrefixPlan | null {
  let best: { fixed: string[]; keys: string[] } | null = null
  for (const spec of indexes) {
    if (spec.unique) continue
    const keys = Object.keys(spec.keys)
    const at = keys.indexOf(key)
    if (at < 0) continue
    const fixed = keys.slice(0, at)
    if (!fixed.every((k) => eq.get(k)?.length === 1 && isPlainKeyValue(eq.get(k)![0]))) continue
    if (!best || fixed.length > best.fixed.length) best = { fixed, keys }
  }
  if (!best) return null
  return {
    prefix: best.fixed.map((k) => ({ expr: keyExpression(k, false), value: sqlValue(eq.get(k)![0]) })),
    keyExpr: keyExpression(key, false),
    key,
    indexKeys: best.keys,
  }
}

const prefixWhere = (plan: PrefixPlan): { sql: string; params: unknown[] } => ({
  sql: plan.prefix.length ? plan.prefix.map((p) => `${p.expr} = ?`).join(' AND ') : '1',
  params: plan.prefix.map((p) => p.value),
})

/**
 * True when no document crosses an array in the prefix's paths and, if
 * `numericKey`, the prefix holds only plain numbers under the key: the
 * condition for SQLite's order and counts to be MongoDB's. Multikey documents
 * and non-numbers carry text in the index, so each check is an index probe.
 */
function exactOnIndex(store: SqlStore, collection: string, plan: PrefixPlan, numericKey: boolean): boolean {
  const probes = plan.prefix.map((p, i) => {
    const earlier = plan.prefix.slice(0, i)
    return {
      sql: [...earlier.map((e) => `${e.expr} = ?`), `${p.expr} = ?`].join(' AND '),
      params: [...earlier.map((e) => e.value), MULTI_KEY],
    }
  })
  if (numericKey) {
    const { sql, params } = prefixWhere(plan)
    probes.push({ sql: `${sql} AND ${plan.keyExpr} >= ''`, params })
  }
  return !probes.some((probe) => store.exists(collection, probe.sql, probe.params))
}

/**
 * Rows in the order of the first sort key, straight from the index, or null
 * when the filter and sort do not fit an index exactly.
 */
export function orderedRows(
  store: SqlStore,
  collection: string,
  filter: Doc,
  order: Record<string, 1 | -1>,
): IterableIterator<Row & { k: unknown }> | null {
  const sorts = Object.entries(order)
  const [first, direction] = sorts[0] ?? []
  if (!first) return null
  if (first === '_id') return idOrderedRows(store, collection, filter, direction === -1 ? 'DESC' : 'ASC')
  const plan = prefixPlan(store.indexesOf(collection), equalities(filter), first)
  if (!plan || !exactOnIndex(store, collection, plan, true)) return null
  return keyOrderedRows(store, collection, filter[first], plan, sorts)
}

/** Rows in the order of `plan`'s key (and of the later sort keys the index also orders), within its range. */
function keyOrderedRows(
  store: SqlStore,
  collection: string,
  condition: unknown,
  plan: PrefixPlan,
  sorts: [string, 1 | -1][],
): IterableIterator<Row & { k: unknown }> {
  const { sql, params } = prefixWhere(plan)
  const range = numericRange(condition, plan.keyExpr)
  const where = range ? `${sql} AND ${range.sql}` : sql
  const followers = followingStringKeys(store, collection, plan, sorts.slice(1), where, [
    ...params,
    ...(range?.params ?? []),
  ])
  const orderBy = [[plan.keyExpr, sorts[0][1]] as const, ...followers].map(
    ([e, d]) => `${e} ${d === -1 ? 'DESC' : 'ASC'}`,
  )
  // k: the row's values of every key the index orders by; rows sharing it are ties the full sort settles.
  const k = followers.length ? `json_array(${[plan.keyExpr, ...followers.map(([e]) => e)].join(', ')})` : plan.keyExpr
  return store.select(collection, where, [...params, ...(range?.params ?? [])], orderBy.join(', '), k)
}

/**
 * Later sort keys the same index orders too (`points desc, memberId asc` over
 * an index `periodKey, points, memberId`), so a top N is exactly N rows, not
 * N plus the rows tied with the last. Strings only, and only when the index
 * shows every value under them in the range is a plain string (SQLite's text
 * order is MongoDB's for strings; numbers, markers and dates would not be).
 */
function followingStringKeys(
  store: SqlStore,
  collection: string,
  plan: PrefixPlan,
  sorts: [string, 1 | -1][],
  where: string,
  params: unknown[],
): [string, 1 | -1][] {
  const keys = plan.indexKeys ?? []
  const at = keys.indexOf(plan.key ?? '') + 1
  const out: [string, 1 | -1][] = []
  for (let i = 0; i < sorts.length && keys[at + i] === sorts[i][0]; i++) {
    const expr = keyExpression(sorts[i][0], false)
    const notPlainString = `${where} AND (${expr} < '' OR ${expr} < char(2) OR (${expr} >= '{"$date":' AND ${expr} < '{"$date";'))`
    if (store.exists(collection, notPlainString, params)) break
    out.push([expr, sorts[i][1]])
  }
  return out
}

/**
 * Keyset pages (`where({_id: _.gt(last)}).orderBy('_id', 'asc')`) straight from
 * the `_id` column's own index. Exact when every `_id` is a string (SQLite
 * compares text bytewise, as MongoDB compares strings); numbers sort before
 * text, so one probe below '' tells.
 */
function idOrderedRows(
  store: SqlStore,
  collection: string,
  filter: Doc,
  direction: 'ASC' | 'DESC',
): IterableIterator<Row & { k: unknown }> | null {
  if (store.exists(collection, `_id < ''`, [])) return null
  const condition = filter._id
  const ops = isPlainObject(condition) ? Object.entries(condition) : []
  const bounds = ops.filter(([op, v]) => op in RANGE_OPS && typeof v === 'string')
  const sql = bounds.length ? bounds.map(([op]) => `_id ${RANGE_OPS[op]} ?`).join(' AND ') : '1'
  return store.select(
    collection,
    sql,
    bounds.map(([, v]) => v),
    `_id ${direction}`,
    '_id',
  )
}

/** `{$gt: 5, $lte: 9}` as SQL over the key, or null when it is anything else. */
function numericRange(condition: unknown, expr: string): { sql: string; params: unknown[] } | null {
  if (!isPlainObject(condition)) return null
  const ops = Object.entries(condition)
  if (!ops.length || !ops.every(([op, v]) => op in RANGE_OPS && typeof v === 'number' && Number.isFinite(v)))
    return null
  return { sql: ops.map(([op]) => `${expr} ${RANGE_OPS[op]} ?`).join(' AND '), params: ops.map(([, v]) => v) }
}

/**
 * The number of documents matching, counted on the index alone, when the
 * filter is equalities on an index prefix plus at most a numeric range on the
 * next key; null otherwise (the caller counts by reading).
 */
export function indexCount(store: SqlStore, collection: string, filter: Doc): number | null {
  const keys = Object.keys(filter).filter((k) => k !== '$and')
  if (keys.some((k) => k.startsWith('$'))) return null
  const eq = equalities(filter)
  if (!keys.every((k) => !eq.has(k) || isSinglePlainValue(eq.get(k)!))) return null
  const andKeys = andKeysOf(filter)
  const ranged = [...new Set([...keys.filter((k) => !eq.has(k)), ...andKeys])]
  if (ranged.length > 1 || (ranged.length === 0 && andKeys.length)) return null
  if (ranged.length === 1) return rangeCount(store, collection, filter, eq, keys, ranged[0])
  if (!keys.length) return null
  return equalityCount(store, collection, eq, keys)
}

const isSinglePlainValue = (values: unknown[]): boolean => values.length === 1 && isPlainKeyValue(values[0])

/** The fields named inside `$and` ('$' for a part that is not a plain object). */
const andKeysOf = (filter: Doc): string[] =>
  Array.isArray(filter.$and)
    ? [...new Set((filter.$and as unknown[]).flatMap((part) => (isPlainObject(part) ? Object.keys(part) : ['$'])))]
    : []

/** Equalities on an index prefix plus a numeric range on `key`, the index's next key. */
function rangeCount(
  store: SqlStore,
  collection: string,
  filter: Doc,
  eq: Map<string, unknown[]>,
  keys: string[],
  key: string,
): number | null {
  const ops = rangeOps(filter, key)
  // The same operator twice ({$gt: 1} and {$gt: 5} in $and) would lose a bound below: count by reading instead.
  if (!ops || new Set(ops.map(([op]) => op)).size !== ops.length) return null
  const fixed = keys.filter((k) => k !== key)
  const plan = prefixPlan(store.indexesOf(collection), eq, key)
  if (!plan || plan.prefix.length !== fixed.length || !exactOnIndex(store, collection, plan, true)) return null
  const range = numericRange(Object.fromEntries(ops), plan.keyExpr)
  if (!range) return null
  const { sql, params } = prefixWhere(plan)
  return store.countWhere(collection, `${sql} AND ${range.sql}`, [...params, ...range.params])
}

/** Equalities only: an index whose first keys are exactly the filter's fields. */
function equalityCount(store: SqlStore, collection: string, eq: Map<string, unknown[]>, keys: string[]): number | null {
  for (const spec of store.indexesOf(collection)) {
    const lead = Object.keys(spec.keys).slice(0, keys.length)
    if (spec.unique || lead.length !== keys.length || !lead.every((k) => eq.has(k))) continue
    const plan: PrefixPlan = {
      prefix: lead.map((k) => ({ expr: keyExpression(k, false), value: sqlValue(eq.get(k)![0]) })),
      keyExpr: '',
    }
    if (!exactOnIndex(store, collection, plan, false)) return null
    const { sql, params } = prefixWhere(plan)
    return store.countWhere(collection, sql, params)
  }
  return null
}

/** Stored dates are `{"$date":{"$numberLong":"<ms>"}}`; with 13 digits (2001 to 2286) their text order is time order. */
const DATE_TEXT_LENGTH = encodeDoc(new Date(Date.UTC(2026, 0, 1))).length
const DATE_PREFIX = '{"$date":'
const isThirteenDigitDate = (v: unknown): v is Date => isDate(v) && v.getTime() >= 1e12 && v.getTime() < 1e13

/**
 * Narrows an equality plan with a range on the index's next key (`start` of
 * events within a period, after `branchId`), so a branch's period reads only
 * the period's documents however long its history. Numbers and dates only,
 * and only when the index shows nothing in the prefix that would make the SQL
 * range inexact: an array under the key, or a date outside 2001-2286.
 */
export function refineWithRange(store: SqlStore, collection: string, filter: Doc, plan: Plan): Plan {
  const key = nextIndexKey(plan)
  if (key === undefined) return plan
  const ops = rangeOps(filter, key)
  if (!ops) return plan
  const expr = keyExpression(key, false)
  const numeric = ops.every(([, v]) => typeof v === 'number' && Number.isFinite(v))
  const dates = ops.every(([, v]) => isThirteenDigitDate(v))
  if (!numeric && !dates) return plan
  if (rangeInexactOnIndex(store, collection, plan, expr, dates)) return plan
  const bounds = ops.map(([op]) => `${expr} ${RANGE_OPS[op]} ?`)
  const values = ops.map(([, v]) => (dates ? encodeDoc(v) : v))
  const kind = numeric ? `${expr} < ''` : `${expr} >= ?`
  return {
    ...plan,
    condition: `${plan.condition} AND ${bounds.join(' AND ')} AND ${kind}`,
    params: [...plan.params, ...values, ...(numeric ? [] : [DATE_PREFIX])],
  }
}

/** The key after an equality plan's fixed keys on a non-unique index, if any. */
function nextIndexKey(plan: Plan): string | undefined {
  if (!plan.condition || !plan.spec || plan.spec.unique || plan.fixedKeys === undefined) return undefined
  return Object.keys(plan.spec.keys)[plan.fixedKeys]
}

/** An array under the key, or (for dates) a stored date not in the 13-digit text form: the SQL range would be inexact. */
function rangeInexactOnIndex(store: SqlStore, collection: string, plan: Plan, expr: string, dates: boolean): boolean {
  if (store.exists(collection, `${plan.condition} AND ${expr} = ?`, [...plan.params, MULTI_KEY])) return true
  return (
    dates &&
    store.exists(collection, `${plan.condition} AND ${expr} >= ? AND ${expr} < ? AND length(${expr}) != ?`, [
      ...plan.params,
      DATE_PREFIX,
      '{"$date";',
      DATE_TEXT_LENGTH,
    ])
  )
}

/**
 * Every range operator the filter puts on `key`, directly or inside `$and`
 * (the SDK sends `_.gte(a).and(_.lt(b))` as `$and: [{key: {$gte}}, {key: {$lt}}]`);
 * null when the key has any other kind of condition (or none).
 */
function rangeOps(filter: Doc, key: string): [string, unknown][] | null {
  const ops: [string, unknown][] = []
  for (const condition of conditionsOn(filter, key)) {
    if (!isPlainObject(condition)) return null
    const entries = Object.entries(condition)
    if (!entries.every(([op]) => op in RANGE_OPS)) return null
    ops.push(...entries)
  }
  return ops.length ? ops : null
}

function conditionsOn(filter: Doc, key: string): unknown[] {
  const conditions: unknown[] = []
  if (key in filter) conditions.push(filter[key])
  if (Array.isArray(filter.$and))
    for (const part of filter.$and) if (isPlainObject(part) && key in part) conditions.push(part[key])
  return conditions
}
