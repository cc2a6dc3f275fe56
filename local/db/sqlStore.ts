/**
 * The durable part: one SQLite table per collection (`_id` + JSON text),
 * declared indexes as SQLite expression indexes. WAL with synchronous=FULL so
 * a write is on disk before its request is acknowledged.
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

export class SqlStore {
  private readonly db: Database.Database
  private readonly tables = new Set<string>()
  private readonly indexes = new Map<string, IndexSpec[]>()
  private readonly statements = new Map<string, Database.Statement>()

  constructor(dir: string | undefined) {
    if (dir) mkdirSync(dir, { recursive: true })
    this.db = new Database(dir ? join(dir, 'cloud.sqlite') : ':memory:')
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
    this.atomic(() => {
      for (const spec of specs) {
        this.createCollection(spec.name)
        this.syncIndexes(spec.name, spec.indexes)
      }
    })
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

  count(collection: string): number {
    return (this.stmt(`SELECT count(*) AS n FROM ${tableName(collection)}`).get() as { n: number }).n
  }

  insert(collection: string, id: unknown, doc: string): void {
    this.translate(collection, doc, () =>
      this.stmt(`INSERT INTO ${tableName(collection)} (_id, doc) VALUES (?, ?)`).run(bindable(id), doc),
    )
  }

  replace(collection: string, id: unknown, doc: string): void {
    this.translate(collection, doc, () =>
      this.stmt(`UPDATE ${tableName(collection)} SET doc = ? WHERE _id = ?`).run(doc, bindable(id)),
    )
  }

  remove(collection: string, id: unknown): void {
    this.stmt(`DELETE FROM ${tableName(collection)} WHERE _id = ?`).run(bindable(id))
  }

  /** Runs fn in one SQLite transaction: all of its writes land, or none do. */
  atomic<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn()
    return this.db.transaction(fn)()
  }

  close(): void {
    if (this.db.open) this.db.close()
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
