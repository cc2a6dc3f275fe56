/**
 * Local database benchmark (not a test): `npx tsx bench/engine.ts`.
 * Figures: 100k small documents inserted through wx-server-sdk, indexed
 * equality get, a group-by aggregation over 1M documents, and cold start of a
 * store holding 1M documents. `runEngineBench()` returns them for bench/run.ts.
 */
import cloud from 'wx-server-sdk'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CollectionSpec } from '../cloudfunctions/common/db/collections'
import { openLocalDatabase, useLocalDatabase, type LocalDatabase } from '../local/db'

export interface EngineBenchFigures {
  insert100kMs: number
  insertPerSecond: number
  indexedGetAvgMs: number
  indexedGetScannedPerGet: number
  groupBy1MMs: number
  coldStart1MMs: number
  coldStartFirstGetMs: number
}

const specs: CollectionSpec[] = [{ name: 'people', indexes: [{ name: 'name', keys: { name: 1 } }] }]
const doc = (i: number) => ({ name: `user${i}`, cat: `c${i % 100}`, n: i })

const since = (t: number) => Math.round((performance.now() - t) * 100) / 100

/** Inserts through the SDK, in batches as a bulk import would. */
async function insertViaSdk(count: number, batch: number): Promise<number> {
  const people = cloud.database().collection('people')
  const t = performance.now()
  for (let i = 0; i < count; i += batch) {
    await people.add({ data: Array.from({ length: Math.min(batch, count - i) }, (_, k) => doc(i + k)) })
  }
  return since(t)
}

/** Fills the store faster with raw requests (the SDK's EJSON encoding is not what is measured here). */
async function fillRaw(db: LocalDatabase, from: number, to: number): Promise<void> {
  for (let i = from; i < to; i += 10_000) {
    const data = Array.from({ length: Math.min(10_000, to - i) }, (_, k) => JSON.stringify(doc(i + k)))
    await db.execute('database.insertDocument', { collectionName: 'people', data })
  }
}

async function indexedGets(db: LocalDatabase, gets: number, total: number): Promise<{ avg: number; scanned: number }> {
  const people = cloud.database().collection('people')
  db.resetCounters()
  const t = performance.now()
  for (let k = 0; k < gets; k++) await people.where({ name: `user${(k * 7919) % total}` }).get()
  return { avg: since(t) / gets, scanned: db.counters().scanned / gets }
}

export async function runEngineBench(log: (line: string) => void = () => undefined): Promise<EngineBenchFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'engine-bench-'))
  try {
    let db = openLocalDatabase({ dir, collections: specs })
    useLocalDatabase(db)
    cloud.init()
    const insert100kMs = await insertViaSdk(100_000, 1000)
    log(`100k inserted via SDK in ${insert100kMs} ms`)
    const gets = await indexedGets(db, 1000, 100_000)
    log(`indexed get: ${gets.avg.toFixed(3)} ms, ${gets.scanned} scanned per get`)
    await fillRaw(db, 100_000, 1_000_000)
    log('filled to 1M documents')
    let t = performance.now()
    const $ = cloud.database().command.aggregate
    await cloud
      .database()
      .collection('people')
      .aggregate()
      .group({ _id: '$cat', n: $.sum(1), total: $.sum('$n') })
      .end()
    const groupBy1MMs = since(t)
    log(`group-by over 1M: ${groupBy1MMs} ms`)
    db.close()
    t = performance.now()
    db = openLocalDatabase({ dir, collections: specs })
    const coldStart1MMs = since(t)
    useLocalDatabase(db)
    t = performance.now()
    await cloud.database().collection('people').where({ name: 'user999999' }).get()
    const coldStartFirstGetMs = since(t)
    log(`cold start with 1M: open ${coldStart1MMs} ms, first get ${coldStartFirstGetMs} ms`)
    db.close()
    return {
      insert100kMs,
      insertPerSecond: Math.round(100_000 / (insert100kMs / 1000)),
      indexedGetAvgMs: Math.round(gets.avg * 1000) / 1000,
      indexedGetScannedPerGet: gets.scanned,
      groupBy1MMs,
      coldStart1MMs,
      coldStartFirstGetMs,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && /bench[\\/]engine\.ts$/.test(process.argv[1])) {
  runEngineBench((line) => console.info(line)).then((figures) => console.info(JSON.stringify(figures, null, 2)))
}
