/**
 * Reading documents for getDocument / calculateDocument / removeDocument /
 * modifyDocument: candidates from the planner, the filter from mingo, then
 * order (sortOrder.ts), offset, limit and projection with MongoDB semantics.
 */
import { Query } from 'mingo'
import { decodeDoc, type Doc } from './codec'
import { compileFilter, guard, mingoOptions, type Matcher } from './mingoKit'
import { orderedRows, refineWithRange } from './ordered'
import { plan } from './planner'
import { sortDocs } from './sortOrder'
import type { SqlStore, Row } from './sqlStore'
import type { CounterSet } from './counters'

export interface FindOptions {
  order?: Doc
  offset?: number
  /** undefined = no limit (internal callers such as update/remove/count) */
  limit?: number
  projection?: Doc
}

/**
 * The stored text of each document findDocs decoded and returned untouched:
 * getDocument answers with it instead of encoding the document again (the
 * stored text is already the relaxed EJSON the SDK parses).
 */
const storedTexts = new WeakMap<Doc, string>()

export const storedTextOf = (doc: Doc): string | undefined => storedTexts.get(doc)

/** Candidate rows for a filter, using an index when the planner finds one. */
export function candidates(store: SqlStore, collection: string, filter: Doc): IterableIterator<Row> {
  const p = refineWithRange(store, collection, filter, plan(filter, store.indexesOf(collection)))
  return p.condition === null ? store.scan(collection) : store.where(collection, p.condition, p.params)
}

/** Matching documents, counted as scanned/returned by the caller's counters. */
export function findDocs(
  store: SqlStore,
  counters: CounterSet,
  collection: string,
  filter: Doc,
  options: FindOptions = {},
): Doc[] {
  const query = compileFilter(filter)
  const hasOrder = options.order !== undefined && Object.keys(options.order).length > 0
  const offset = options.offset ?? 0
  // Without an order the first offset+limit matches are the answer: stop reading early.
  const enough = !hasOrder && options.limit !== undefined ? offset + options.limit : Infinity
  const ordered =
    hasOrder && options.limit !== undefined ? orderedMatches(store, counters, collection, filter, query, options) : null
  const matched = ordered ?? scanMatches(store, counters, collection, filter, query, enough)
  const sorted = hasOrder ? sortDocs(matched, options.order as Record<string, 1 | -1>) : matched
  return project(pageOf(sorted, offset, options.limit), options.projection)
}

const pageOf = (docs: Doc[], offset: number, limit: number | undefined): Doc[] =>
  docs.slice(offset, limit === undefined ? undefined : offset + limit)

/** Every candidate that matches, stopping once `enough` matched. */
function scanMatches(
  store: SqlStore,
  counters: CounterSet,
  collection: string,
  filter: Doc,
  query: Matcher,
  enough: number,
): Doc[] {
  const matched: Doc[] = []
  for (const row of candidates(store, collection, filter)) {
    counters.scanned++
    const doc = decodeDoc(row.doc)
    if (guard('query', () => query.test(doc))) {
      storedTexts.set(doc, row.doc)
      matched.push(doc)
    }
    if (matched.length >= enough) break
  }
  return matched
}

function project(docs: Doc[], projection: Doc | undefined): Doc[] {
  if (!projection) return docs
  const simple = simpleProjection(projection)
  if (simple) return docs.map(simple)
  return guard('projection', () => new Query({}, mingoOptions()).find<Doc>(docs, projection).all())
}

/**
 * Top N through the index order (ordered.ts): rows come sorted by the first
 * sort key, so reading stops once offset + limit rows matched and the rows
 * tied with the last one are in (later sort keys may reorder ties). Null when
 * no index fits; the caller then reads every candidate.
 */
function orderedMatches(
  store: SqlStore,
  counters: CounterSet,
  collection: string,
  filter: Doc,
  query: Matcher,
  options: FindOptions,
): Doc[] | null {
  const rows = orderedRows(store, collection, filter, options.order as Record<string, 1 | -1>)
  if (!rows) return null
  const wanted = (options.offset ?? 0) + (options.limit as number)
  const matched: Doc[] = []
  let lastKey: unknown
  for (const row of rows) {
    if (matched.length >= wanted && row.k !== lastKey) break
    counters.scanned++
    const doc = decodeDoc(row.doc)
    if (!guard('query', () => query.test(doc))) continue
    storedTexts.set(doc, row.doc)
    matched.push(doc)
    lastKey = row.k
  }
  if (typeof rows.return === 'function') rows.return()
  return matched
}

/**
 * Top-level inclusion or exclusion (`{title: 1}`, `{expectedMemberIds: false}`),
 * applied directly with MongoDB's rules (`_id` kept unless excluded); anything
 * else (dotted paths, operators, mixed modes) is left to mingo.
 */
function simpleProjection(projection: Doc): ((doc: Doc) => Doc) | null {
  const entries = Object.entries(projection)
  if (!entries.length || !entries.every(isSimpleField)) return null
  const fields = entries.filter(([key]) => key !== '_id')
  if (!fields.length && projection._id) return (doc) => (doc._id === undefined ? {} : { _id: doc._id })
  const include = fields.length > 0 && Boolean(fields[0][1])
  if (fields.some(([, value]) => Boolean(value) !== include)) return null
  const dropId = projection._id !== undefined && !projection._id
  const keys = fields.map(([key]) => key)
  return include ? including(keys, dropId) : excluding(keys, dropId)
}

const isSimpleField = ([key, value]: [string, unknown]): boolean =>
  !key.startsWith('$') && !key.includes('.') && [true, false, 0, 1].includes(value as number)

function including(keys: string[], dropId: boolean): (doc: Doc) => Doc {
  return (doc) => {
    const out: Doc = dropId || doc._id === undefined ? {} : { _id: doc._id }
    for (const key of keys) if (key in doc) out[key] = doc[key]
    return out
  }
}

function excluding(keys: string[], dropId: boolean): (doc: Doc) => Doc {
  const dropped = new Set(keys)
  if (dropId) dropped.add('_id')
  return (doc) => Object.fromEntries(Object.entries(doc).filter(([key]) => !dropped.has(key)))
}
