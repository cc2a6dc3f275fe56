/**
 * The index paths added for issue 8 (benchmarks): top N read in index order,
 * counts answered by the index, ranges on the key after an equality prefix,
 * and $lookup reading only the joined documents. Each is checked twice: the
 * result equals what the same query returns on a collection without indexes
 * (the general path), and the scanned counter shows how little was read.
 */
import type { CollectionSpec } from '../../cloudfunctions/common/db/collections'
import { freshCloud, type CloudDb } from '../helpers/localCloud'
import { sdk } from './fixtures'

type Rows<T = Record<string, unknown>> = { data: T[] }

const scores: CollectionSpec[] = [
  { name: 'scores', indexes: [{ name: 'period_points_member', keys: { period: 1, points: -1, member: 1 } }] },
  { name: 'plain', indexes: [] },
  { name: 'meetings', indexes: [{ name: 'branch_start', keys: { branch: 1, start: -1 } }] },
  { name: 'attendance', indexes: [{ name: 'meeting', keys: { meeting: 1 } }] },
]

/** 300 scores in two periods with many ties, written to an indexed and an unindexed collection alike. */
const scoreDocs = Array.from({ length: 300 }, (_, i) => ({
  _id: `s${i}`,
  period: i % 2 ? '2026-11' : '2026-10',
  member: `m${String((i * 37) % 300).padStart(3, '0')}`,
  points: (i * 7) % 23,
}))

const fill = async (db: CloudDb, docs: object[]) => {
  for (const name of ['scores', 'plain']) await sdk(db.collection(name).add({ data: docs }))
}

const top = (db: CloudDb, name: string, filter: object, limit: number, skip = 0) =>
  sdk<Rows>(
    db.collection(name).where(filter).orderBy('points', 'desc').orderBy('member', 'asc').skip(skip).limit(limit).get(),
  )

describe('top N in index order', () => {
  test('reads exactly the N rows it returns, in the same order as the general path', async () => {
    const { db, local } = freshCloud(scores)
    await fill(db, scoreDocs)
    const expected = await top(db, 'plain', { period: '2026-11' }, 50)
    local.resetCounters()
    const actual = await top(db, 'scores', { period: '2026-11' }, 50)
    expect(actual.data).toEqual(expected.data)
    expect(local.counters().scanned).toBe(50)
    local.resetCounters()
    expect((await top(db, 'scores', { period: '2026-11' }, 20, 10)).data).toEqual(
      (await top(db, 'plain', { period: '2026-11' }, 20, 10)).data,
    )
  })

  test('with a sort key the index does not hold, reads through the ties of the last row only', async () => {
    const { db, local } = freshCloud(scores)
    await fill(db, scoreDocs)
    const byId = (name: string) =>
      sdk<Rows>(
        db
          .collection(name)
          .where({ period: '2026-11' })
          .orderBy('points', 'desc')
          .orderBy('_id', 'asc')
          .limit(10)
          .get(),
      )
    const expected = await byId('plain')
    local.resetCounters()
    expect((await byId('scores')).data).toEqual(expected.data)
    expect(local.counters().scanned).toBeGreaterThanOrEqual(10)
    expect(local.counters().scanned).toBeLessThan(40)
  })

  test('a non-number under the sort key (text, boolean, missing, array) sends the query to the general path', async () => {
    for (const odd of [{ points: 'many' }, { points: true }, {}, { points: [99, 1] }]) {
      const { db, local } = freshCloud(scores)
      await fill(db, [...scoreDocs, { _id: 'odd', period: '2026-11', member: 'zzz', ...odd }])
      const expected = await top(db, 'plain', { period: '2026-11' }, 30)
      local.resetCounters()
      expect((await top(db, 'scores', { period: '2026-11' }, 30)).data).toEqual(expected.data)
      expect(local.counters().scanned).toBe(151)
    }
  })
})

describe('counts answered by the index', () => {
  const count = (db: CloudDb, name: string, filter: object) =>
    sdk<{ total: number }>(db.collection(name).where(filter).count())

  test('equality prefix plus a numeric range: exact, and no document read', async () => {
    const { db, local } = freshCloud(scores)
    await fill(db, scoreDocs)
    const _ = db.command
    for (const filter of [
      { period: '2026-11', points: _.gt(10) },
      { period: '2026-10', points: _.gte(3).and(_.lt(9)) },
      { period: '2026-11' },
    ]) {
      const expected = await count(db, 'plain', filter)
      local.resetCounters()
      expect(await count(db, 'scores', filter)).toEqual(expected)
      expect(local.counters().scanned).toBe(0)
    }
  })

  test('booleans and arrays are not counted as numbers', async () => {
    const { db } = freshCloud(scores)
    const _ = db.command
    await fill(db, [
      { _id: 'a', period: 'p', points: true },
      { _id: 'b', period: 'p', points: 1 },
      { _id: 'c', period: 'p', points: [5, 0] },
      { _id: 'd', period: 'p', points: '7' },
    ])
    for (const filter of [
      { period: 'p', points: _.gt(0) },
      { period: 'p', points: _.lt(1) },
    ])
      expect(await count(db, 'scores', filter)).toEqual(await count(db, 'plain', filter))
    expect((await count(db, 'scores', { period: 'p', points: _.gt(0) })).total).toBe(2)
  })
})

describe('ranges and joins', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 0, d))
  const meetings = Array.from({ length: 60 }, (_, i) => ({ _id: `e${i}`, branch: `b${i % 3}`, start: day(1 + i) }))

  test('a date range after an equality prefix reads only the documents in range ($and form, as the SDK sends it)', async () => {
    const { db, local } = freshCloud(scores)
    await sdk(db.collection('meetings').add({ data: meetings }))
    const _ = db.command
    local.resetCounters()
    const { data } = await sdk<Rows>(
      db
        .collection('meetings')
        .where({ branch: 'b1', start: _.gte(day(10)).and(_.lt(day(31))) })
        .limit(100)
        .get(),
    )
    expect(data.map((doc) => doc._id).sort()).toEqual(
      meetings
        .filter((m) => m.branch === 'b1' && m.start >= day(10) && m.start < day(31))
        .map((m) => m._id)
        .sort(),
    )
    expect(local.counters().scanned).toBe(data.length)
  })

  test('a date before 2001 in the prefix keeps the range exact (the index is not trusted for it)', async () => {
    const { db } = freshCloud(scores)
    const old = { _id: 'old', branch: 'b1', start: new Date(Date.UTC(1999, 0, 1)) }
    await sdk(db.collection('meetings').add({ data: [...meetings, old] }))
    const _ = db.command
    const { data } = await sdk<Rows>(
      db
        .collection('meetings')
        .where({ branch: 'b1', start: _.lt(day(5)) })
        .get(),
    )
    expect(data.map((doc) => doc._id).sort()).toEqual(['e1', 'old'])
  })

  test('an equality $lookup reads only the joined documents of the foreign collection', async () => {
    const { db, local } = freshCloud(scores)
    await sdk(db.collection('meetings').add({ data: meetings }))
    const rows = meetings.flatMap((m) => [1, 2, 3].map((k) => ({ _id: `${m._id}:${k}`, meeting: m._id, k })))
    await sdk(db.collection('attendance').add({ data: rows }))
    local.resetCounters()
    const { list } = await sdk<{ list: { _id: string; rows: { k: number }[] }[] }>(
      db
        .collection('meetings')
        .aggregate()
        .match({ branch: 'b2' })
        .lookup({ from: 'attendance', localField: '_id', foreignField: 'meeting', as: 'rows' })
        .end(),
    )
    expect(list).toHaveLength(20)
    for (const meeting of list) expect(meeting.rows.map((row) => row.k).sort()).toEqual([1, 2, 3])
    expect(local.counters().scanned).toBe(20 + 60)
  })
})
