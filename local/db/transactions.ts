/**
 * Transactions with the cloud's semantics (WeChat guide "事务 · 快照隔离";
 * TencentCloudBase/node-sdk test/database/unit/transaction.test.ts, run by
 * its authors against the real server). Any number are open at once:
 * - A transaction reads the database as of its start (a snapshot), its own
 *   writes first.
 * - A write buffers the new document and takes the document's write lock.
 *   It fails at once with the conflict error when another open transaction
 *   holds that lock, or when the document was committed (by a transaction or
 *   a plain write) after this transaction started: the first writer wins, as
 *   in MongoDB (WriteConflict), and the conflict aborts the transaction, so
 *   its locks free up at once.
 * - A plain (non-transactional) write to a locked document waits until the
 *   lock is released (see Engine); plain reads never wait and see committed
 *   data only.
 * - Commit applies the buffered writes in one SQLite transaction: all land or
 *   none. An operation on a committed, aborted or expired transaction fails
 *   with the cloud's "transaction does not exist" error.
 * - A transaction neither committed nor aborted expires after the cloud's 30
 *   seconds; it only ever blocks writers of the documents it wrote.
 */
import { cloneDoc, decodeDoc, encodeDoc, newId, type Doc } from './codec'
import { transactionConflict, transactionNotExist } from './errors'
import type { SqlStore } from './sqlStore'
import { docKey, Versions } from './versions'

interface Write {
  collection: string
  id: unknown
  /** The document after the write; null = deleted. */
  next: Doc | null
}

interface Tx {
  id: string
  /** Commit sequence number the snapshot is taken at. */
  start: number
  writes: Map<string, Write>
  timer: NodeJS.Timeout
  /** Resolves when the transaction ends (commit, abort, conflict or expiry). */
  ended: Promise<void>
  end: () => void
}

/** The cloud drops a transaction that is neither committed nor aborted within 30 seconds. */
export const TRANSACTION_LIFETIME_MS = 30_000

export class Transactions {
  private readonly open = new Map<string, Tx>()
  private readonly locks = new Map<string, Tx>()
  private readonly versions: Versions

  constructor(
    private readonly store: SqlStore,
    private readonly lifetimeMs = TRANSACTION_LIFETIME_MS,
  ) {
    this.versions = new Versions({ any: () => this.open.size > 0, oldestStart: () => this.oldestStart() })
    store.observeWrites(this.versions)
  }

  start(): string {
    const id = newId()
    let end!: () => void
    const ended = new Promise<void>((resolve) => (end = resolve))
    const timer = setTimeout(() => this.finish(id), this.lifetimeMs)
    timer.unref()
    this.open.set(id, { id, start: this.versions.current, writes: new Map(), timer, ended, end })
    return id
  }

  /** The document as this transaction sees it: its own write, else the snapshot. */
  read(txId: string, collection: string, id: unknown): Doc | null {
    const tx = this.require(txId)
    const key = docKey(collection, id)
    const own = tx.writes.get(key)
    if (own) return own.next === null ? null : cloneDoc(own.next)
    const text = this.versions.textAsOf(key, tx.start, () => this.store.getById(collection, id)?.doc ?? null)
    return text === null ? null : decodeDoc(text)
  }

  write(txId: string, collection: string, id: unknown, doc: Doc | null): void {
    const tx = this.require(txId)
    const key = docKey(collection, id)
    const holder = this.locks.get(key)
    if ((holder && holder !== tx) || this.versions.changedSince(key, tx.start)) {
      this.finish(txId)
      throw transactionConflict()
    }
    this.locks.set(key, tx)
    tx.writes.set(key, { collection, id, next: doc })
  }

  commit(txId: string): void {
    const tx = this.require(txId)
    try {
      this.store.atomic(() => {
        for (const w of tx.writes.values()) this.apply(w)
      })
    } finally {
      this.finish(txId)
    }
  }

  abort(txId: string): void {
    this.require(txId)
    this.finish(txId)
  }

  /** Resolves when the transaction holding the document's write lock ends; null when it is not locked. */
  lockReleased(collection: string, id: unknown): Promise<void> | null {
    return this.locks.get(docKey(collection, id))?.ended ?? null
  }

  private require(txId: string): Tx {
    const tx = this.open.get(txId)
    if (!tx) throw transactionNotExist()
    return tx
  }

  /** Ends the transaction (if still open): releases its locks and wakes writers waiting for them. */
  private finish(txId: string): void {
    const tx = this.open.get(txId)
    if (!tx) return
    this.open.delete(txId)
    clearTimeout(tx.timer)
    for (const key of tx.writes.keys()) if (this.locks.get(key) === tx) this.locks.delete(key)
    this.versions.prune()
    tx.end()
  }

  private oldestStart(): number | undefined {
    let oldest: number | undefined
    for (const tx of this.open.values()) if (oldest === undefined || tx.start < oldest) oldest = tx.start
    return oldest
  }

  private apply(w: Write): void {
    const exists = this.store.getById(w.collection, w.id) !== undefined
    if (w.next === null) {
      if (exists) this.store.remove(w.collection, w.id)
    } else if (exists) this.store.replace(w.collection, w.id, encodeDoc(w.next))
    else this.store.insert(w.collection, w.id, encodeDoc(w.next))
  }
}
