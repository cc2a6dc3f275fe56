/**
 * The durable part: one SQLite table per collection (`_id` + JSON text),
 * declared indexes as SQLite expression indexes. WAL with synchronous=FULL so
 * a write is on disk before its request is acknowledged.
 *
 * Group commit (on-disk stores): an fsync costs milliseconds and blocks the
 * process, so one per write request caps a busy host at a few hundred writes a
 * second. Writes therefore run inside one open SQLite transaction, each
 * request's writes in its own savepoint (a failed request still writes
 * nothing), and that transaction is committed — one fsync — once per turn of
 * the event loop. No request is answered before the commit that made its
 * writes (or the writes it read) durable: see `durable()`.
 */
import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { CollectionSpec, IndexSpec } from '../../cloudfunctions/common/db/collections'
import { collectionNotExist, duplicateKey, requestFailed } from './errors'
import { createIndexSql, indexName, tableName } from './sqlIndex'

export interface Row {
  _id: string
  doc: string
}

/** One document written by a request, with its stored text before the write (null = absent). */
export interface WrittenDoc {
  collection: string
  id: unknown
  before: string | null
}

/** Told about the writes of each successful `atomic()` call, if it wants them (see versions.ts). */
export interface WriteObserver {
  wants(): boolean
  committed(writes: WrittenDoc[]): void
}

export class SqlStore {
  private readonly db: Database.Database
  private readonly tables = new Set<string>()
  private readonly indexes = new Map<string, IndexSpec[]>()
  private readonly statements = new Map<string, Database.Statement>()
  private readonly groupCommit: boolean
  /** The open group's waiters; null when no group is open. */
  private group: { resolve: () => void; reject: (error: Error) => void }[] | null = null
  private observer: WriteObserver | null = null
  /** Writes of the outermost `atomic()` call in progress, when the observer wants them. */
  private journal: WrittenDoc[] | null = null

  /** On disk in `dir`; else in memory, empty or starting as a copy of `image` (see `image()`). */
  constructor(dir: string | undefined, image?: Buffer) {
    this.groupCommit = dir !== undefined
    if (dir) mkdirSync(dir, { recursive: true })
    this.db = new Database(dir ? join(dir, 'cloud.sqlite') : (image ?? ':memory:'))
    if (dir) {
      this.db.pragma('journal_mode = WAL')
      this.db.pragma('synchronous = FULL')
    }
    const names = this.db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'`)
      .all() as { name: string }[]
    for (const { name } of names) this.tables.add(name.slice(2))
  }

  /** Creates declared collections and brings their indexes in line with the declaration. */
  declare(specs: CollectionSpec[]): void {
    this.db.transaction(() => {
      for (const spec of specs) {
        this.createCollection(spec.name)
        this.syncIndexes(spec.name, spec.indexes)
      }
    })()
  }

  createCollection(name: string): void {
    if (this.tables.has(name)) return
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${tableName(name)} (_id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL)`)
    this.tables.add(name)
  }

  private syncIndexes(collection: string, specs: IndexSpec[]): void {
    const existing = this.db
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
      .all(`c_${collection}`) as { name: string; sql: string }[]
    const wanted = new Map(specs.map((s) => [indexName(collection, s.name), createIndexSql(collection, s)]))
    for (const { name, sql } of existing) {
      if (wanted.get(`"${name}"`) !== sql) this.db.exec(`DROP INDEX "${name.replace(/"/g, '""')}"`)
    }
    for (const [name, sql] of wanted) {
      if (!existing.some((e) => `"${e.name}"` === name && e.sql === sql))
        this.translate(collection, null, () => this.db.exec(sql))
    }
    this.indexes.set(collection, specs)
  }

  hasCollection(name: string): boolean {
    return this.tables.has(name)
  }

  collectionNames(): string[] {
    return [...this.tables].sort()
  }

  indexesOf(collection: string): IndexSpec[] {
    return this.indexes.get(collection) ?? []
  }

  requireCollection(name: string): void {
    if (!this.tables.has(name)) throw collectionNotExist(name)
  }

  getById(collection: string, id: unknown): Row | undefined {
    return this.stmt(`SELECT _id, doc FROM ${tableName(collection)} WHERE _id = ?`).get(bindable(id)) as Row | undefined
  }

  /** Every row in insertion order, lazily, so large scans do not load the whole table. */
  scan(collection: string): IterableIterator<Row> {
    return this.stmt(`SELECT _id, doc FROM ${tableName(collection)} ORDER BY rowid`).iterate() as IterableIterator<Row>
  }

  /** Rows matching a SQL condition on the document (an index lookup built by the planner). */
  where(collection: string, condition: string, params: unknown[]): IterableIterator<Row> {
    const sql = `SELECT _id, doc FROM ${tableName(collection)} WHERE ${condition} ORDER BY rowid`
    return this.stmt(sql).iterate(...params) as IterableIterator<Row>
  }

  /** Same condition, asking SQLite whether it would use an index (used by tests and the planner's sanity checks). */
  explain(collection: string, condition: string, params: unknown[]): string {
    const rows = this.db
      .prepare(`EXPLAIN QUERY PLAN SELECT _id FROM ${tableName(collection)} WHERE ${condition}`)
      .all(...params) as { detail: string }[]
    return rows.map((r) => r.detail).join('; ')
  }

  /** Whether any row satisfies the condition (an index probe when the condition fits an index). */
  exists(collection: string, condition: string, params: unknown[]): boolean {
    return this.stmt(`SELECT 1 FROM ${tableName(collection)} WHERE ${condition} LIMIT 1`).get(...params) !== undefined
  }

  countWhere(collection: string, condition: string, params: unknown[]): number {
    const sql = `SELECT count(*) AS n FROM ${tableName(collection)} WHERE ${condition}`
    return (this.stmt(sql).get(...params) as { n: number }).n
  }

  /** Rows in the given order, with the ordering key as `k` (read lazily: the caller stops early). */
  select(
    collection: string,
    condition: string,
    params: unknown[],
    orderBy: string,
    keyExpr: string,
  ): IterableIterator<Row & { k: unknown }> {
    const sql = `SELECT _id, doc, ${keyExpr} AS k FROM ${tableName(collection)} WHERE ${condition} ORDER BY ${orderBy}`
    return this.stmt(sql).iterate(...params) as IterableIterator<Row & { k: unknown }>
  }

  /** The query plan SQLite picks for a statement (tests check that ordered reads use the index). */
  planOf(sql: string, params: unknown[]): string {
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]
    return rows.map((r) => r.detail).join('; ')
  }

  count(collection: string): number {
    return (this.stmt(`SELECT count(*) AS n FROM ${tableName(collection)}`).get() as { n: number }).n
  }

  observeWrites(observer: WriteObserver): void {
    this.observer = observer
  }

  insert(collection: string, id: unknown, doc: string): void {
    this.note(collection, id, null)
    this.translate(collection, doc, () =>
      this.stmt(`INSERT INTO ${tableName(collection)} (_id, doc) VALUES (?, ?)`).run(bindable(id), doc),
    )
  }

  replace(collection: string, id: unknown, doc: string): void {
    this.note(collection, id)
    this.translate(collection, doc, () =>
      this.stmt(`UPDATE ${tableName(collection)} SET doc = ? WHERE _id = ?`).run(doc, bindable(id)),
    )
  }

  remove(collection: string, id: unknown): void {
    this.note(collection, id)
    this.stmt(`DELETE FROM ${tableName(collection)} WHERE _id = ?`).run(bindable(id))
  }

  /**
   * Runs fn atomically: all of its writes land, or none do. With group commit
   * it runs in a savepoint of the open group (opened here if needed); the
   * writes are durable once `durable()` resolves.
   */
  atomic<T>(fn: () => T): T {
    if (this.groupCommit && !this.db.inTransaction) this.openGroup()
    if (this.journal) return this.db.transaction(fn)()
    this.journal = []
    try {
      const result = this.db.transaction(fn)()
      if (this.journal.length > 0) this.observer?.committed(this.journal)
      return result
    } finally {
      this.journal = null
    }
  }

  /** Records a write for the observer (inside `atomic()`, it is told once the whole call succeeded). */
  private note(collection: string, id: unknown, before?: string | null): void {
    if (!this.observer?.wants()) return
    const written = {
      collection,
      id,
      before: before !== undefined ? before : (this.getById(collection, id)?.doc ?? null),
    }
    if (this.journal) this.journal.push(written)
    else this.observer.committed([written])
  }

  /**
   * Resolves once everything written so far is on disk: at once when no group
   * is open, else when the open group commits; rejects if that commit fails
   * (then none of the group's writes happened).
   */
  durable(): Promise<void> {
    if (!this.group) return Promise.resolve()
    return new Promise((resolve, reject) => this.group!.push({ resolve, reject }))
  }

  /** The whole database as it stands (an open group's writes included), for `new SqlStore(undefined, image)`. */
  image(): Buffer {
    return this.db.serialize()
  }

  close(): void {
    if (this.group) this.commitGroup()
    if (this.db.open) this.db.close()
  }

  private openGroup(): void {
    this.db.exec('BEGIN IMMEDIATE')
    this.group = []
    // After the current turn's microtasks and I/O callbacks: every write issued meanwhile shares this fsync.
    setImmediate(() => this.commitGroup())
  }

  private commitGroup(): void {
    const waiters = this.group
    if (!waiters) return
    this.group = null
    try {
      this.db.exec('COMMIT')
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK')
      const failure = requestFailed(`commit failed: ${(error as Error).message}`)
      for (const waiter of waiters) waiter.reject(failure)
      return
    }
    for (const waiter of waiters) waiter.resolve()
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql)
    if (!s) {
      s = this.db.prepare(sql)
      this.statements.set(sql, s)
    }
    return s
  }

  /** Turns SQLite's unique-constraint failure into the cloud's E11000 error. */
  private translate<T>(collection: string, doc: string | null, fn: () => T): T {
    try {
      return fn()
    } catch (e) {
      const err = e as { code?: string; message: string }
      if (err.code === 'SQLITE_CONSTRAINT_UNIQUE' || err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        const m = /index '(?:ix_[^']*?__)?([^']*)'/.exec(err.message)
        const spec = m ? this.indexesOf(collection).find((i) => i.name === m[1]) : undefined
        const keys = spec ? Object.keys(spec.keys) : ['_id']
        throw duplicateKey(collection, spec ? spec.name : '_id_', dupKey(keys, doc))
      }
      if (err.code?.startsWith('SQLITE_')) throw requestFailed(err.message)
      throw e
    }
  }
}

/** better-sqlite3 binds only numbers, strings, bigints, buffers and null. */
export function bindable(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0
  return v
}

/** `{ phone: "138..." }`, as MongoDB prints the duplicated key. */
function dupKey(keys: string[], doc: string | null): string {
  const parsed = doc ? (JSON.parse(doc) as Record<string, unknown>) : {}
  const value = (path: string): unknown =>
    path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], parsed)
  return `{ ${keys.map((k) => `${k}: ${JSON.stringify(value(k) ?? null)}`).join(', ')} }`
}
