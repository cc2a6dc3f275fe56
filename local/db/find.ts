/**
 * Reading documents for getDocument / calculateDocument / removeDocument /
 * modifyDocument: candidates from the planner, the filter from mingo, then
 * order, offset, limit and projection with MongoDB semantics.
 */
import { Query } from 'mingo'
import { decodeDoc, type Doc } from './codec'
import { compileFilter, guard, mingoOptions } from './mingoKit'
import { plan } from './planner'
import type { SqlStore, Row } from './sqlStore'
import type { CounterSet } from './counters'

export interface FindOptions {
  order?: Doc
  offset?: number
  /** undefined = no limit (internal callers such as update/remove/count) */
  limit?: number
  projection?: Doc
}

/** Candidate rows for a filter, using an index when the planner finds one. */
export function candidates(store: SqlStore, collection: string, filter: Doc): IterableIterator<Row> {
  const p = plan(filter, store.indexesOf(collection))
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
  const matched: Doc[] = []
  for (const row of candidates(store, collection, filter)) {
    counters.scanned++
    const doc = decodeDoc(row.doc)
    if (guard('query', () => query.test(doc))) matched.push(doc)
    if (matched.length >= enough) break
  }
  if (!hasOrder && !options.projection)
    return matched.slice(offset, options.limit === undefined ? undefined : offset + options.limit)
  return guard('order/projection', () => {
    let cursor = new Query({}, mingoOptions()).find<Doc>(matched, options.projection)
    if (hasOrder) cursor = cursor.sort(options.order as Record<string, 1 | -1>)
    if (offset) cursor = cursor.skip(offset)
    if (options.limit !== undefined) cursor = cursor.limit(options.limit)
    return cursor.all()
  })
}
