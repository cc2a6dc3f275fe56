/**
 * The request executor: one method per database action the SDK sends,
 * returning the raw response shape the SDK post-processes (`{data: {list}}`,
 * `{data: {insertedIds}}`, `{data: {updated, upsert_id}}`, ...). Every write
 * request runs inside one SQLite transaction, so a failed request writes
 * nothing.
 */
import { encodeDoc, isDate, newId, type Doc } from './codec'
import { storable } from './insertRules'
import { emptyCounters, snapshot, type CounterSet } from './counters'
import { invalidParam, unsupported } from './errors'
import { decodeStages, runAggregate } from './aggregate'
import { findDocs, storedTextOf } from './find'
import { indexCount } from './ordered'
import { RequestParams } from './requestParams'
import type { SqlStore } from './sqlStore'
import { Transactions } from './transactions'
import { applyUpdate } from './update'
import { docReads, docWrites } from './txActions'

/** Server-side defaults of get(): 100 documents unless asked, never more than 1000. */
const DEFAULT_LIMIT = 100
const MAX_LIMIT = 1000

type Handler = (p: RequestParams) => unknown | Promise<unknown>

export class Engine {
  private counterSet: CounterSet = emptyCounters()
  private requestSeq = 0
  readonly transactions: Transactions
  private readonly handlers: Record<string, Handler>

  constructor(readonly store: SqlStore) {
    this.transactions = new Transactions(store)
    this.handlers = {
      'database.getDocument': (p) => this.getDocument(p),
      'database.calculateDocument': (p) => this.calculateDocument(p),
      'database.insertDocument': (p) => this.insertDocument(p),
      'database.modifyDocument': (p) => this.modifyDocument(p),
      'database.removeDocument': (p) => this.removeDocument(p),
      'database.aggregateDocuments': (p) => this.aggregateDocuments(p),
      'database.addCollection': (p) => this.store.createCollection(p.collection),
      'database.startTransaction': async () => ({ transactionId: await this.transactions.start() }),
      'database.commitTransaction': (p) => this.transactions.commit(this.txId(p)),
      'database.abortTransaction': (p) => this.transactions.abort(this.txId(p)),
    }
  }

  async execute(action: string, params: unknown): Promise<unknown> {
    this.counterSet.requests[action] = (this.counterSet.requests[action] ?? 0) + 1
    const handler = this.handlers[action]
    if (!handler) throw unsupported(`action ${action}`)
    const request = new RequestParams(params)
    let result: unknown
    try {
      result = await handler(request)
    } finally {
      // Group commit: answer (even with an error) only once what this request wrote or read is on disk.
      // Steps inside a transaction need not wait: nothing leaves the transaction before its commit does.
      if (!insideTransaction(action, request)) await this.store.durable()
    }
    return { requestId: `local-${++this.requestSeq}`, ...((result ?? {}) as object) }
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
    const docs = p.documents().map(storable)
    if (p.transactionId) return docWrites(this.transactions, p, collection).insert(docs)
    this.store.atomic(() => {
      for (const d of docs) this.store.insert(collection, d._id, encodeDoc(d))
    })
    return { data: { insertedIds: docs.map((d) => d._id) } }
  }

  private modifyDocument(p: RequestParams): unknown {
    const collection = this.open(p)
    const data = p.object('data')
    if (!data) throw invalidParam('modifyDocument data is required')
    const merge = p.flag('merge', true)
    if (p.transactionId) return docWrites(this.transactions, p, collection).modify(data, merge)
    const filter = p.writeFilter('update')
    const multi = p.flag('multi', !p.isDocQuery)
    return this.store.atomic(() => {
      const matched = findDocs(this.store, this.counterSet, collection, filter, { limit: multi ? undefined : 1 })
      if (matched.length === 0 && p.flag('upsert', false)) return this.upsert(collection, filter, data, merge)
      let updated = 0
      for (const doc of matched) {
        const applied = applyUpdate(doc, data, merge, filter)
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
    const doc = applyUpdate(base, data, merge, filter).doc
    this.store.insert(collection, doc._id, encodeDoc(doc))
    return { data: { updated: 0, upsert_id: doc._id } }
  }

  private removeDocument(p: RequestParams): unknown {
    const collection = this.open(p)
    if (p.transactionId) return docWrites(this.transactions, p, collection).remove()
    const multi = p.flag('multi', !p.isDocQuery)
    return this.store.atomic(() => {
      const matched = findDocs(this.store, this.counterSet, collection, p.writeFilter('remove'), {
        limit: multi ? undefined : 1,
      })
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
