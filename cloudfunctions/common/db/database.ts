import type { DB } from 'wx-server-sdk'

/**
 * The promise-returning subset of the wx-server-sdk database API that use
 * cases rely on, typed per document. `cloud.database()` is cast to it once
 * (see `openDatabase`), so every use case is typed without casts of its own.
 */
export type Filter = Record<string, unknown>
export type Doc = Record<string, unknown>

export interface Query<T = Doc> {
  where(filter: Filter | DB.DatabaseLogicCommand): Query<T>
  orderBy(field: string, order: 'asc' | 'desc'): Query<T>
  skip(count: number): Query<T>
  limit(count: number): Query<T>
  field(projection: Record<string, boolean | 0 | 1>): Query<T>
  get(): Promise<{ data: T[] }>
  count(): Promise<{ total: number }>
  update(data: Doc): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

/** wx-server-sdk wraps every written document as `{ data }`. */
export interface Write {
  data: object
}

export interface DocumentRef<T = Doc> {
  /** Fails (document does not exist) on a missing id, as the cloud does. */
  get(): Promise<{ data: T }>
  set(options: Write): Promise<{ _id: string; stats: { updated: number; created?: number } }>
  update(options: Write): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface Aggregate<T = Doc> {
  match(filter: Filter): Aggregate<T>
  group(spec: Doc): Aggregate<T>
  lookup(spec: Doc): Aggregate<T>
  unwind(spec: string | Doc): Aggregate<T>
  project(spec: Doc): Aggregate<T>
  addFields(spec: Doc): Aggregate<T>
  sort(spec: Record<string, 1 | -1>): Aggregate<T>
  skip(count: number): Aggregate<T>
  limit(count: number): Aggregate<T>
  count(field: string): Aggregate<T>
  sortByCount(expression: unknown): Aggregate<T>
  replaceRoot(spec: Doc): Aggregate<T>
  end(): Promise<{ list: T[] }>
}

export interface Collection<T = Doc> extends Query<T> {
  doc(id: string): DocumentRef<T>
  add(options: Write): Promise<{ _id: string }>
  add(options: { data: object[] }): Promise<{ _ids: string[] }>
  aggregate(): Aggregate<T>
}

export interface TransactionCollection<T = Doc> {
  doc(id: string): DocumentRef<T>
  add(options: Write): Promise<{ _id: string }>
}

export interface Transaction {
  collection<T = Doc>(name: string): TransactionCollection<T>
}

export interface Database {
  collection<T = Doc>(name: string): Collection<T>
  command: DB.DatabaseCommand
  serverDate(options?: { offset?: number }): unknown
  /** A regular-expression condition (`db.RegExp`), e.g. a name containing a search term. */
  RegExp(options: { regexp: string; options?: string }): unknown
  runTransaction<R>(fn: (tx: Transaction) => Promise<R>, retries?: number): Promise<R>
}
