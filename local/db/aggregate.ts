/**
 * aggregateDocuments: the SDK sends `stages: [{stageKey, stageValue}]` with
 * each value EJSON-encoded. Stages are checked against the list the SDK can
 * produce and run by mingo over a lazy stream of the collection, so a
 * 1M-document group-by never holds every document at once. A leading $match
 * is used to pick candidates through an index.
 */
import { Aggregator } from 'mingo'
import { decodeDoc, decodeRequestValue, type Doc } from './codec'
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

export function runAggregate(store: SqlStore, counters: CounterSet, collection: string, stages: Doc[]): Doc[] {
  function* decoded(rows: Iterable<Row>): Generator<Doc> {
    for (const row of rows) {
      counters.scanned++
      yield decodeDoc(row.doc)
    }
  }
  // $lookup reads its foreign collection through this resolver.
  const resolver = (name: string): Doc[] => {
    if (!store.hasCollection(name)) throw collectionNotExist(name)
    return [...decoded(store.scan(name))]
  }
  const first = stages[0]?.$match as Doc | undefined
  const aggregator = guard('aggregate', () => new Aggregator(stages, mingoOptions(resolver)))
  return guard('aggregate', () => aggregator.run<Doc>(decoded(candidates(store, collection, first ?? {}))))
}
