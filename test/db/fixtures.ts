/**
 * Shared fixtures of the conformance suite: test-only collections and a
 * small helper to await the SDK's loosely typed results.
 */
import type { CollectionSpec } from '../../cloudfunctions/common/db/collections'
import { freshCloud } from '../helpers/localCloud'

export const specs: CollectionSpec[] = [
  { name: 'items', indexes: [{ name: 'cat_rank', keys: { cat: 1, rank: -1 } }] },
  {
    name: 'users',
    indexes: [
      { name: 'phone', keys: { phone: 1 }, unique: true },
      { name: 'name', keys: { name: 1 } },
    ],
  },
  { name: 'orders', indexes: [] },
]

/** wx-server-sdk types every call as `Promise<R> | void | string`; the promise form is the one used. */
export async function sdk<T = Record<string, unknown>>(call: unknown): Promise<T> {
  return (await call) as T
}

export interface Item {
  _id: string
  cat: string
  rank: number
  tags?: string[]
  info?: { color: string; size?: number }
}

export const items: Item[] = [
  { _id: 'i1', cat: 'a', rank: 1, tags: ['x', 'y'], info: { color: 'red', size: 1 } },
  { _id: 'i2', cat: 'a', rank: 2, tags: ['y'], info: { color: 'blue', size: 2 } },
  { _id: 'i3', cat: 'b', rank: 3, tags: [], info: { color: 'red' } },
  { _id: 'i4', cat: 'b', rank: 4 },
  { _id: 'i5', cat: 'c', rank: 5, tags: ['x', 'y', 'z'] },
]

/** A fresh database with the items inserted in one batch. */
export async function seeded() {
  const cloud = freshCloud(specs)
  await sdk(cloud.db.collection('items').add({ data: items.map((i) => ({ ...i })) }))
  cloud.local.resetCounters()
  return cloud
}

export const ids = (res: { data: { _id: string }[] }): string[] => res.data.map((d) => d._id)

type CloudDb = ReturnType<typeof freshCloud>['db']

/** The transaction object wx-server-sdk passes to runTransaction (typed `any` by the SDK). */
export interface Tx {
  collection(name: string): ReturnType<CloudDb['collection']>
  commit(): Promise<unknown>
  rollback(reason?: unknown): Promise<unknown>
}
