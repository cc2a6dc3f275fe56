/**
 * Group commit on an on-disk store: concurrent write requests share one
 * SQLite commit (one fsync), yet no request is answered before its writes
 * are committed, and a request that fails inside a group writes nothing while
 * the others of the same group land. "Committed" is checked from a second,
 * read-only connection, which sees only committed data.
 */
import Database from 'better-sqlite3'
import cloud from 'wx-server-sdk'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openLocalDatabase, useLocalDatabase, type LocalDatabase } from '../../local/db'
import { durabilitySpecs } from './durability.specs'
import type { Tx } from './fixtures'

let dir: string
let local: LocalDatabase
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'group-commit-'))
  local = openLocalDatabase({ dir, collections: durabilitySpecs })
  useLocalDatabase(local)
  cloud.init()
})
afterEach(() => {
  local.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Ids in `log` as another process would see them right now. */
const committedIds = (): Set<string> => {
  const reader = new Database(join(dir, 'cloud.sqlite'), { readonly: true })
  try {
    return new Set((reader.prepare('SELECT _id FROM "c_log"').all() as { _id: string }[]).map((row) => row._id))
  } finally {
    reader.close()
  }
}

test('every answered write is already committed, whatever the concurrency', async () => {
  const db = cloud.database()
  const seen: boolean[] = []
  await Promise.all(
    Array.from({ length: 120 }, async (_, i) => {
      if (i % 4 === 0) {
        await db.runTransaction(async (tx: Tx) => {
          await tx.collection('log').add({ data: { _id: `t${i}a`, i } })
          await tx.collection('log').add({ data: { _id: `t${i}b`, i } })
        })
        const ids = committedIds()
        seen.push(ids.has(`t${i}a`) && ids.has(`t${i}b`))
      } else {
        await db.collection('log').add({ data: { _id: `d${i}`, i } })
        seen.push(committedIds().has(`d${i}`))
      }
    }),
  )
  expect(seen).toHaveLength(120)
  expect(seen.every(Boolean)).toBe(true)
  expect(committedIds().size).toBe(150)
})

test('a failing request in a group writes nothing; the rest of the group lands', async () => {
  const db = cloud.database()
  await db.collection('log').add({ data: { _id: 'taken', i: 0 } })
  const outcomes = await Promise.allSettled([
    db.collection('log').add({ data: { _id: 'a1', i: 1 } }),
    db.collection('log').add({
      data: [
        { _id: 'b1', i: 2 },
        { _id: 'taken', i: 3 },
      ],
    }),
    db.collection('log').add({ data: { _id: 'c1', i: 4 } }),
  ])
  expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  expect([...committedIds()].sort()).toEqual(['a1', 'c1', 'taken'])
})
