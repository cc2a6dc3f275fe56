/**
 * aggregateDocuments: the SDK sends `stages: [{stageKey, stageValue}]` with
 * each value EJSON-encoded. Stages are checked against the list the SDK can
 * produce and run by mingo over a lazy stream of the collection, so a
 * 1M-document group-by never holds every document at once. A leading $match
 * is used to pick candidates through an index, and an equality $lookup reads
 * only the foreign documents it can join, through an index on foreignField.
 */
import { Aggregator } from 'mingo'
import { decodeDoc, decodeRequestValue, isDate, type Doc } from './codec'
import { collectionNotExist, invalidParam, unsupported } from './errors'
import { candidates } from './find'
import { assertKnownOperators, guard, mingoOptions } from './mingoKit'
import type { SqlStore, Row } from './sqlStore'
import type { CounterSet } from './counters'

const STAGES = new Set([
  '$addFields',
  '$bucket',
  '$bucketAuto',
  '$count',
  '$group',
  '$limit',
  '$match',
  '$project',
  '$lookup',
  '$replaceRoot',
  '$sample',
  '$skip',
  '$sort',
  '$sortByCount',
  '$unwind',
])

interface RawStage {
  stageKey: string
  stageValue: string
}

export function decodeStages(raw: unknown, now: number): Doc[] {
  if (!Array.isArray(raw)) throw invalidParam('aggregate stages must be an array')
  return raw.map((s: RawStage) => {
    if (!s || typeof s.stageKey !== 'string') throw invalidParam('aggregate stage without stageKey')
    if (!STAGES.has(s.stageKey)) throw unsupported(`aggregate stage ${s.stageKey}`)
    const value = decodeRequestValue(s.stageValue, now, `stage ${s.stageKey}`)
    assertKnownOperators(value, `stage ${s.stageKey}`)
    return { [s.stageKey]: value }
  })
}

/**
 * An aggregation without a limit() stage returns at most 20 documents in the
 * cloud (reported by developers in the WeChat developer community, e.g.
 * "云函数端Aggregate聚合操作limit默认20条限制"; not stated in the reference). The
 * local engine does not guess which 20: such a pipeline producing more fails
 * loudly, so code that relies on more results without limit() is caught here.
 */
const UNLIMITED_RESULTS = 20

export function runAggregate(store: SqlStore, counters: CounterSet, collection: string, stages: Doc[]): Doc[] {
  const result = runStages(store, counters, collection, stages)
  if (result.length > UNLIMITED_RESULTS && !stages.some((stage) => '$limit' in stage))
    throw unsupported(
      `aggregation without limit() returning more than ${UNLIMITED_RESULTS} documents (the cloud returns only ${UNLIMITED_RESULTS}): add .limit(n)`,
    )
  return result
}

function runStages(store: SqlStore, counters: CounterSet, collection: string, stages: Doc[]): Doc[] {
  function* decoded(rows: Iterable<Row>): Generator<Doc> {
    for (const row of rows) {
      counters.scanned++
      yield decodeDoc(row.doc)
    }
  }
  // $lookup reads its foreign collection through this resolver (whole collection: the general case).
  const wholeCollection = (name: string): Doc[] => {
    if (!store.hasCollection(name)) throw collectionNotExist(name)
    return [...decoded(store.scan(name))]
  }
  const run = (part: Doc[], input: Iterable<Doc>, resolver: (name: string) => Doc[]): Doc[] => {
    const aggregator = guard('aggregate', () => new Aggregator(part, mingoOptions(resolver)))
    return guard('aggregate', () => aggregator.run<Doc>(input as Doc[]))
  }
  const first = stages[0]?.$match as Doc | undefined
  const source = decoded(candidates(store, collection, first ?? {}))
  // A stage failing half way leaves the collection read open; closing it frees the SQLite statement for later requests.
  try {
    let input: Iterable<Doc> = source
    let pending: Doc[] = []
    for (const stage of stages) {
      const lookup = equalityLookup(stage)
      if (!lookup) {
        pending.push(stage)
        continue
      }
      const docs = pending.length ? run(pending, input, wholeCollection) : [...input]
      pending = []
      const foreign = joinCandidates(store, lookup, docs, decoded)
      input = run([stage], docs, (name) => (name === lookup.from && foreign ? foreign : wholeCollection(name)))
    }
    return pending.length ? run(pending, input, wholeCollection) : [...input]
  } finally {
    source.return(undefined)
  }
}

interface EqualityLookup {
  from: string
  localField: string
  foreignField: string
}

/** `{$lookup: {from, localField, foreignField, as}}` (the pipeline form is left to mingo as a whole). */
function equalityLookup(stage: Doc): EqualityLookup | null {
  const spec = stage.$lookup as Doc | undefined
  if (!spec || typeof spec !== 'object' || spec.pipeline !== undefined) return null
  const { from, localField, foreignField } = spec
  if (typeof from !== 'string' || typeof localField !== 'string' || typeof foreignField !== 'string') return null
  return { from, localField, foreignField }
}

/** The values at a dotted path, arrays flattened; missing is null (MongoDB's $lookup matches it with null). */
function valuesAt(doc: unknown, path: string[]): unknown[] {
  if (Array.isArray(doc)) return doc.flatMap((item) => valuesAt(item, path))
  if (!path.length) return [doc === undefined ? null : doc]
  if (doc === null || typeof doc !== 'object') return [null]
  const next = (doc as Doc)[path[0]]
  if (Array.isArray(next) && path.length === 1) return next.length ? [next, ...next] : [next]
  return valuesAt(next, path.slice(1))
}

/**
 * The foreign documents a $lookup can join, found through an index on
 * foreignField (`{foreignField: {$in: local values}}`, which the planner turns
 * into index lookups that also include multikey documents). mingo then runs
 * the $lookup itself over this superset, so the result is exactly MongoDB's;
 * only the reading shrinks from the whole collection to the joined documents.
 * Null when the values cannot be looked up (the whole collection is used).
 */
function joinCandidates(
  store: SqlStore,
  lookup: EqualityLookup,
  docs: Doc[],
  decoded: (rows: Iterable<Row>) => Iterable<Doc>,
): Doc[] | null {
  if (!store.hasCollection(lookup.from)) throw collectionNotExist(lookup.from)
  const path = lookup.localField.split('.')
  const values = new Set<unknown>()
  for (const doc of docs) for (const value of valuesAt(doc, path)) values.add(value)
  const scalars = [...values].filter((v) => !Array.isArray(v))
  if (scalars.some((v) => v !== null && typeof v === 'object' && !isDate(v))) return null
  if (!scalars.length) return []
  return [...decoded(candidates(store, lookup.from, { [lookup.foreignField]: { $in: scalars } }))]
}
