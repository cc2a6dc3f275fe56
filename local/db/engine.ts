/**
 * The request executor: one method per database action the SDK sends,
 * returning the raw response shape the SDK post-processes (`{data: {list}}`,
 * `{data: {insertedIds}}`, `{data: {updated, upsert_id}}`, ...). Every write
 * request runs inside one SQLite transaction, so a failed request writes
 * nothing. A plain write that would touch a document an open transaction has
 * written waits until that transaction ends, then runs again from the start
 * (the cloud blocks it on the transaction's lock). Every request is delayed
 * by the simulated network latency, if any, and counted by the round-trip
 * recorder (network.ts).
 */
import { encodeDoc, isDate, newId, type Doc } from './codec'
import { emptyCounters, snapshot, type CounterSet } from './counters'
import { invalidParam, unsupported } from './errors'
import { decodeStages, runAggregate } from './aggregate'
import { findDocs, storedTextOf } from './find'
import { indexCount } from './ordered'
import { requestDelay, requestSent, sleep, type Latency } from './network'
import { RequestParams } from './requestParams'
import type { SqlStore } from './sqlStore'
import { Transactions } from './transactions'
import { applyUpdate } from './update'
import { docReads, docWrites } from './txActions'

/** Server-side defaults of get(): 100 documents unless asked, never more than 1000. */
const DEFAULT_LIMIT = 100
const MAX_LIMIT = 1000

type Handler = (p: RequestParams) => unknown | Promise<unknown>

/** Thrown inside a plain write's SQLite transaction (rolling it back) when a document it touches is locked. */
class Blocked {
  constructor(readonly until: Promise<void>) {}
}

export interface EngineOptions {
  latency: Latency
  transactionLifetimeMs?: number
}

export class Engine {
  private counterSet: CounterSet = emptyCounters()
  private requestSeq = 0
  readonly transactions: Transactions
  private readonly handlers: Record<string, Handler>

  latency: Latency

  constructor(
    readonly store: SqlStore,
    options: EngineOptions,
  ) {
    this.latency = options.latency
    this.transactions = new Transactions(store, options.transactionLifetimeMs)
    this.handlers = {
      'database.getDocument': (p) => this.getDocument(p),
      'database.calculateDocument': (p) => this.calculateDocument(p),
      'database.insertDocument': (p) => this.insertDocument(p),
      'database.modifyDocument': (p) => this.modifyDocument(p),
      'database.removeDocument': (p) => this.removeDocument(p),
      'database.aggregateDocuments': (p) => this.aggregateDocuments(p),
      'database.addCollection': (p) => this.store.createCollection(p.collection),
      'database.startTransaction': () => ({ transactionId: this.transactions.start() }),
      'database.commitTransaction': (p) => this.transactions.commit(this.txId(p)),
      'database.abortTransaction': (p) => this.transactions.abort(this.txId(p)),
    }
  }

  async execute(action: string, params: unknown): Promise<unknown> {
    this.counterSet.requests[action] = (this.counterSet.requests[action] ?? 0) + 1
    const answered = requestSent(action)
    const delay = requestDelay(this.latency)
    try {
      if (delay) await sleep(delay / 2)
      const result = await this.run(action, params)
      if (delay) await sleep(delay / 2)
      return { requestId: `local-${++this.requestSeq}`, ...((result ?? {}) as object) }
    } finally {
      answered()
    }
  }

  private async run(action: string, params: unknown): Promise<unknown> {
    const handler = this.handlers[action]
    if (!handler) throw unsupported(`action ${action}`)
    const request = new RequestParams(params)
    try {
      return await handler(request)
    } finally {
      // Group commit: answer (even with an error) only once what this request wrote or read is on disk.
      // Steps inside a transaction need not wait: nothing leaves the transaction before its commit does.
      if (!insideTransaction(action, request)) await this.store.durable()
    }
  }

  /** Runs a plain write atomically, waiting out (then re-running after) transactions that lock its documents. */
  private async plainWrite<T>(write: () => T): Promise<T> {
    for (;;) {
      try {
        return this.store.atomic(write)
      } catch (e) {
        if (!(e instanceof Blocked)) throw e
        await e.until
      }
    }
  }

  private waitForLocks(collection: string, ids: unknown[]): void {
    for (const id of ids) {
      const released = this.transactions.lockReleased(collection, id)
      if (released) throw new Blocked(released)
    }
  }

  counters(): CounterSet {
    return snapshot(this.counterSet)
  }

  resetCounters(): void {
    this.counterSet = emptyCounters()
  }

  private txId(p: RequestParams): string {
    const id = p.transactionId
    if (!id) throw invalidParam('transactionId is required')
    return id
  }

  private open(p: RequestParams): string {
    const name = p.collection
    this.store.requireCollection(name)
    return name
  }

  private list(docs: Doc[], stored: (doc: Doc) => string | undefined = () => undefined): { data: { list: string[] } } {
    this.counterSet.returned += docs.length
    return { data: { list: docs.map((doc) => stored(doc) ?? encodeDoc(doc)) } }
  }

  private getDocument(p: RequestParams): unknown {
    const collection = this.open(p)
    if (p.transactionId) return this.list(docReads(this.transactions, p, collection))
    const limit = Math.min(p.number('limit') || DEFAULT_LIMIT, MAX_LIMIT)
    const docs = findDocs(this.store, this.counterSet, collection, p.object('query') ?? {}, {
      order: p.object('order'),
      offset: p.number('offset'),
      limit,
      projection: p.object('projection'),
    })
    return this.list(docs, storedTextOf)
  }

  private calculateDocument(p: RequestParams): unknown {
    const collection = this.open(p)
    const filter = p.object('query') ?? {}
    const total =
      indexCount(this.store, collection, filter) ?? findDocs(this.store, this.counterSet, collection, filter).length
    return { data: { total } }
  }

  private insertDocument(p: RequestParams): unknown {
    const collection = this.open(p)
    const docs = p.documents().map((d) => (d._id === undefined ? { ...d, _id: newId() } : d))
    if (p.transactionId) return docWrites(this.transactions, p, collection).insert(docs)
    return this.plainWrite(() => {
      this.waitForLocks(
        collection,
        docs.map((d) => d._id),
      )
      for (const d of docs) this.store.insert(collection, d._id, encodeDoc(d))
      return { data: { insertedIds: docs.map((d) => d._id) } }
    })
  }

  private modifyDocument(p: RequestParams): unknown {
    const collection = this.open(p)
    const data = p.object('data')
    if (!data) throw invalidParam('modifyDocument data is required')
    const merge = p.flag('merge', true)
    if (p.transactionId) return docWrites(this.transactions, p, collection).modify(data, merge)
    const filter = p.object('query') ?? {}
    const multi = p.flag('multi', !p.isDocQuery)
    return this.plainWrite(() => {
      const matched = findDocs(this.store, this.counterSet, collection, filter, { limit: multi ? undefined : 1 })
      if (matched.length === 0 && p.flag('upsert', false)) return this.upsert(collection, filter, data, merge)
      this.waitForLocks(
        collection,
        matched.map((d) => d._id),
      )
      let updated = 0
      for (const doc of matched) {
        const applied = applyUpdate(doc, data, merge)
        if (!applied.changed) continue
        this.store.replace(collection, doc._id, encodeDoc(applied.doc))
        updated++
      }
      return { data: { updated } }
    })
  }

  /** Inserts the document an upsert creates: the filter's equality fields, then the update. */
  private upsert(collection: string, filter: Doc, data: Doc, merge: boolean): unknown {
    const base: Doc = {}
    for (const [k, v] of Object.entries(filter))
      if (!k.startsWith('$') && !k.includes('.') && !isOperatorObject(v)) base[k] = v
    if (base._id === undefined) base._id = newId()
    this.waitForLocks(collection, [base._id])
    const doc = applyUpdate(base, data, merge).doc
    this.store.insert(collection, doc._id, encodeDoc(doc))
    return { data: { updated: 0, upsert_id: doc._id } }
  }

  private removeDocument(p: RequestParams): unknown {
    const collection = this.open(p)
    if (p.transactionId) return docWrites(this.transactions, p, collection).remove()
    const multi = p.flag('multi', !p.isDocQuery)
    return this.plainWrite(() => {
      const matched = findDocs(this.store, this.counterSet, collection, p.object('query') ?? {}, {
        limit: multi ? undefined : 1,
      })
      this.waitForLocks(
        collection,
        matched.map((d) => d._id),
      )
      for (const doc of matched) this.store.remove(collection, doc._id)
      return { data: { deleted: matched.length } }
    })
  }

  private aggregateDocuments(p: RequestParams): unknown {
    const collection = this.open(p)
    const stages = decodeStages(p.stages, p.now)
    return this.list(runAggregate(this.store, this.counterSet, collection, stages))
  }
}

const insideTransaction = (action: string, request: RequestParams): boolean =>
  action === 'database.startTransaction' ||
  action === 'database.abortTransaction' ||
  (request.transactionId !== undefined && action !== 'database.commitTransaction')

function isOperatorObject(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !isDate(v) && Object.keys(v).some((k) => k.startsWith('$'))
}
