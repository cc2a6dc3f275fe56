/**
 * Transactions as the SDK uses them: startTransaction returns an id, then
 * single-document reads and writes carry that id, then commit or abort.
 * Writes are buffered per transaction and applied in one SQLite transaction
 * at commit, so all of them land or none do. Transactions are serialized: a
 * second startTransaction waits until the first ends. Every document a
 * transaction touched is re-checked at commit; if a non-transactional write
 * changed it meanwhile, the commit fails with the cloud's conflict code, which
 * db.runTransaction answers by retrying. An abandoned transaction is aborted
 * after a timeout so it cannot block the others forever.
 */
import { cloneDoc, decodeDoc, encodeDoc, newId, type Doc } from './codec'
import { requestFailed, transactionConflict } from './errors'
import type { SqlStore } from './sqlStore'

interface Touched {
  collection: string
  id: unknown
  /** Stored text when first touched (null = absent). */
  original: string | null
  /** Buffered result: undefined = only read, null = deleted. */
  next?: Doc | null
}

interface Tx {
  id: string
  touched: Map<string, Touched>
  timer: NodeJS.Timeout
}

export class Transactions {
  private active: Tx | null = null
  private readonly waiting: (() => void)[] = []

  constructor(
    private readonly store: SqlStore,
    private readonly timeoutMs = 30_000,
  ) {}

  async start(): Promise<string> {
    while (this.active) await new Promise<void>((resolve) => this.waiting.push(resolve))
    const id = newId()
    const timer = setTimeout(() => this.end(id), this.timeoutMs)
    timer.unref()
    this.active = { id, touched: new Map(), timer }
    return id
  }

  /** The document as this transaction sees it (its own writes first). */
  read(txId: string, collection: string, id: unknown): Doc | null {
    const t = this.touch(txId, collection, id)
    if (t.next !== undefined) return t.next === null ? null : cloneDoc(t.next)
    return t.original === null ? null : decodeDoc(t.original)
  }

  write(txId: string, collection: string, id: unknown, doc: Doc | null): void {
    this.touch(txId, collection, id).next = doc
  }

  commit(txId: string): void {
    const tx = this.require(txId)
    try {
      this.store.atomic(() => {
        for (const t of tx.touched.values()) this.checkUnchanged(t)
        for (const t of tx.touched.values()) this.applyWrite(t)
      })
    } finally {
      this.end(txId)
    }
  }

  abort(txId: string): void {
    this.end(txId)
  }

  /** Ends the transaction (if it is still the active one) and lets the next waiter start. */
  private end(txId: string): void {
    if (this.active?.id !== txId) return
    clearTimeout(this.active.timer)
    this.active = null
    this.waiting.shift()?.()
  }

  private require(txId: string): Tx {
    if (!this.active || this.active.id !== txId)
      throw requestFailed(`transaction ${txId} does not exist or has already ended`)
    return this.active
  }

  private touch(txId: string, collection: string, id: unknown): Touched {
    const tx = this.require(txId)
    const key = `${collection}\u0000${String(id)}`
    let t = tx.touched.get(key)
    if (!t) {
      t = { collection, id, original: this.store.getById(collection, id)?.doc ?? null }
      tx.touched.set(key, t)
    }
    return t
  }

  private checkUnchanged(t: Touched): void {
    const now = this.store.getById(t.collection, t.id)?.doc ?? null
    if (now !== t.original)
      throw transactionConflict(`document ${String(t.id)} in ${t.collection} changed during the transaction`)
  }

  private applyWrite(t: Touched): void {
    if (t.next === undefined) return
    if (t.next === null) {
      if (t.original !== null) this.store.remove(t.collection, t.id)
    } else if (t.original === null) this.store.insert(t.collection, t.id, encodeDoc(t.next))
    else this.store.replace(t.collection, t.id, encodeDoc(t.next))
  }
}
