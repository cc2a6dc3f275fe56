/**
 * Harness for the ported CloudBase node-sdk database suite.
 *
 * Source: https://github.com/TencentCloudBase/node-sdk, directory
 * test/database/ at commit b3c9dda879254ef769adc20aefbb116dd46c5eb7
 * ("2.8.0-beta", 2021-10-11). Those tests were written by the CloudBase team
 * against the real cloud database through @cloudbase/node-sdk (`add(data)`,
 * `update(data)`, `res.data` of aggregate); here every case runs through
 * wx-server-sdk (`add({data})`, `update({data})`, `res.list`) against the
 * local engine, with the same documents and the same expectations. Each test
 * gets a fresh database seeded with the source's fixture (the source's
 * beforeEach / beforeAll). Features the local engine does not implement
 * (geo queries, $geoNear) are asserted to fail loudly as "unsupported".
 */
import type { CollectionSpec } from '../../../cloudfunctions/common/db/collections'
import { freshCloud } from '../../helpers/localCloud'

export const SOURCE_COMMIT = 'b3c9dda879254ef769adc20aefbb116dd46c5eb7'

const names = ['coll', 'coll2', 'students', 'goods', 'person', 'articles', 'users', 'attractions', 'join1', 'join2']
export const externalSpecs: CollectionSpec[] = names.map((name) => ({ name, indexes: [] }))

export type Db = ReturnType<typeof freshCloud>['db']
export type Doc = Record<string, unknown>

/** A fresh database whose collections hold the given documents (inserted in order, as the source's create()). */
export async function seed(collections: Record<string, Doc[]>): Promise<Db> {
  const { db } = freshCloud(externalSpecs)
  for (const [name, docs] of Object.entries(collections))
    if (docs.length) await db.collection(name).add({ data: docs.map((d) => ({ ...d })) })
  return db
}

export type Agg = ReturnType<ReturnType<Db['collection']>['aggregate']>

/** Seeds the collections, runs the pipeline built on `from` and returns its list. */
export async function agg(
  collections: Record<string, Doc[]>,
  from: string,
  build: (a: Agg, db: Db) => Agg,
): Promise<Doc[]> {
  const db = await seed(collections)
  return list(build(db.collection(from).aggregate(), db).end())
}

/** db.command.aggregate. */
export const $ = (db: Db) => db.command.aggregate

/** The SDK's loosely typed results, awaited. */
export async function run<T = Doc>(call: unknown): Promise<T> {
  return (await call) as T
}

export const rows = async (call: unknown): Promise<Doc[]> => (await run<{ data: Doc[] }>(call)).data
export const list = async (call: unknown): Promise<Doc[]> => (await run<{ list: Doc[] }>(call)).list
export const updated = async (call: unknown): Promise<number> =>
  (await run<{ stats: { updated: number } }>(call)).stats.updated
export const removed = async (call: unknown): Promise<number> =>
  (await run<{ stats: { removed: number } }>(call)).stats.removed

/** Commands the SDK has at run time but wx-server-sdk's typings omit. */
export interface ExtraCommands {
  jsonSchema(schema: object): object
  expr(e: object): object
  not(c: object): object
  remove(): object
}
export const extra = (db: Db): ExtraCommands => db.command as unknown as ExtraCommands

/** db.serverDate({offset}) (typed without arguments by wx-server-sdk). */
export const serverDate = (db: Db, offset?: number): object =>
  (db.serverDate as unknown as (o?: { offset: number }) => object)(offset === undefined ? undefined : { offset })

/** $.pipeline() for the pipeline form of lookup (missing from the typings). */
export const pipeline = (db: Db) =>
  (db.command.aggregate as unknown as { pipeline(): { match(q: object): { done(): object } } }).pipeline()
