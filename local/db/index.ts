/**
 * Local cloud database: the real wx-server-sdk database API executed by an
 * embedded engine (mingo semantics over SQLite) instead of the network.
 * See README "Local cloud database".
 */
import { resolve } from 'node:path'
import type { CollectionSpec } from '../../cloudfunctions/common/db/collections'
import { decodeDoc, encodeDoc, newId } from './codec'
import { Engine } from './engine'
import { latencyFromEnv, type Latency } from './network'
import { routeSdkTo } from './sdk'
import { SqlStore } from './sqlStore'

export { LocalDbError } from './errors'
export { recordRoundTrips, type Latency, type RoundTrips } from './network'

/** Where the dev host keeps its durable store: `.data/db` in the project root (git-ignored). */
export const defaultDataDir = resolve(__dirname, '..', '..', '.data', 'db')

export interface LocalDatabaseOptions {
  /** Directory of the durable store; undefined => in-memory (tests). */
  dir?: string
  /** In memory only: start as an independent copy of this `image()` instead of empty. */
  image?: Buffer
  collections: CollectionSpec[]
  /** Simulated network delay per request; default from LOCAL_DB_LATENCY_MS / LOCAL_DB_LATENCY_JITTER_MS (off). */
  latency?: Latency
  /** How long an open transaction lives before it is aborted; default the cloud's 30 s. */
  transactionLifetimeMs?: number
}

export interface Counters {
  requests: Record<string, number>
  scanned: number
  returned: number
}

export interface LocalDatabase {
  /** Executes a raw request, as the SDK's request class would send it. */
  execute(action: string, params: unknown): Promise<unknown>
  counters(): Counters
  resetCounters(): void
  /** Changes the simulated network delay of every later request. */
  setLatency(latency: Latency): void
  /**
   * Bulk import (fixtures, benchmarks): documents with their `_id`s written in
   * one SQLite transaction, indexes maintained, durable when it resolves.
   */
  importDocuments(collection: string, docs: Record<string, unknown>[]): Promise<void>
  /** Every collection's documents sorted by _id (for "database unchanged" assertions). */
  dump(): Record<string, unknown[]>
  /** A copy of the whole database, to open others from (`image` option): tests seed once and restore. */
  image(): Buffer
  close(): void
}

export function openLocalDatabase(options: LocalDatabaseOptions): LocalDatabase {
  const store = new SqlStore(options.dir, options.image)
  store.declare(options.collections)
  const engine = new Engine(store, {
    latency: options.latency ?? latencyFromEnv(),
    transactionLifetimeMs: options.transactionLifetimeMs,
  })
  return {
    execute: (action, params) => engine.execute(action, params),
    counters: () => engine.counters(),
    resetCounters: () => engine.resetCounters(),
    setLatency: (latency) => {
      engine.latency = latency
    },
    importDocuments: async (collection, docs) => {
      store.requireCollection(collection)
      store.atomic(() => {
        for (const doc of docs) store.insert(collection, doc._id ?? newId(), encodeDoc(doc))
      })
      await store.durable()
    },
    dump: () => dumpStore(store),
    image: () => store.image(),
    close: () => store.close(),
  }
}

/** Routes every wx-server-sdk cloud.database() request in this process to db; calling again switches. */
export function useLocalDatabase(db: LocalDatabase): void {
  routeSdkTo(db)
}

function dumpStore(store: SqlStore): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {}
  for (const name of store.collectionNames()) {
    const docs = [...store.scan(name)].map((r) => decodeDoc(r.doc))
    out[name] = docs.sort((a, b) => (String(a._id) < String(b._id) ? -1 : String(a._id) > String(b._id) ? 1 : 0))
  }
  return out
}
