/**
 * Conformance: concurrent transactions behave as in the cloud. Sources: the
 * WeChat guide 事务 · 快照隔离 (snapshot reads; a write locks the document;
 * another transaction's write to it fails at once; a plain write to it is
 * blocked until the lock is released), TencentCloudBase/node-sdk
 * test/database/unit/transaction.test.ts (冲突检测, 读快照, 读偏, write skew,
 * 事务提交后不能进行其它操作: their suite against the real server), and the
 * installed SDK's runTransaction (@cloudbase/database transaction/index.js)
 * with wx-server-sdk's document wrapper.
 */
import cloud from 'wx-server-sdk'
import { retryingConflicts } from '../../cloudfunctions/common/db/conflicts'
import type { Database } from '../../cloudfunctions/common/db/database'
import { openLocalDatabase, useLocalDatabase } from '../../local/db'
import { sdk, seeded, specs, type Tx } from './fixtures'

type One = { data: Record<string, unknown> }
type CloudDb = Awaited<ReturnType<typeof seeded>>['db']

const CONFLICT = '[ResourceUnavailable.TransactionConflict]'
const NOT_EXIST = '[ResourceUnavailable.TransactionNotExist]'

const rankOf = async (db: CloudDb, id: string) => (await sdk<One>(db.collection('items').doc(id).get())).data.rank
const setRank = (t: Tx | CloudDb, id: string, rank: unknown) =>
  sdk(t.collection('items').doc(id).update({ data: { rank } }))
const readRank = async (t: Tx, id: string) => (await sdk<One>(t.collection('items').doc(id).get())).data.rank
/** Lets every pending request and timer of this turn run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('write conflicts: the first writer wins', () => {
  test('a write to a document another open transaction wrote fails at once with the conflict (errCode -501001)', async () => {
    const { db } = await seeded()
    const first = await db.startTransaction()
    await setRank(first, 'i1', 10)
    let runs = 0
    const second = db.runTransaction(async (t: Tx) => {
      runs++
      await setRank(t, 'i1', 20)
    })
    // wx-server-sdk's document wrapper drops the cloud's code, so its runTransaction does not retry.
    await expect(second).rejects.toMatchObject({ errCode: -501001, errMsg: expect.stringContaining(CONFLICT) })
    expect(runs).toBe(1)
    await first.commit()
    expect(await rankOf(db, 'i1')).toBe(10)
  })

  test('a write to a document committed after the transaction began conflicts (node-sdk 冲突检测, 读偏)', async () => {
    const { db } = await seeded()
    const t = await db.startTransaction()
    expect(await readRank(t, 'i1')).toBe(1)
    await setRank(db, 'i1', 50)
    await expect(setRank(t, 'i1', 2)).rejects.toMatchObject({ errMsg: expect.stringContaining(CONFLICT) })
    expect(await rankOf(db, 'i1')).toBe(50)
  })

  test('the conflict aborts the losing transaction: its other writes are gone and its locks are free', async () => {
    const { db, local } = await seeded()
    const holder = await db.startTransaction()
    await setRank(holder, 'i1', 10)
    const loser = await db.startTransaction()
    await setRank(loser, 'i2', 20)
    await expect(setRank(loser, 'i1', 20)).rejects.toMatchObject({ errCode: -501001 })
    await expect(loser.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    await db.runTransaction((t: Tx) => setRank(t, 'i2', 30))
    await holder.commit()
    expect(local.dump().items.slice(0, 2)).toMatchObject([{ rank: 10 }, { rank: 30 }])
  })

  test('two transactions adding the same _id: the second conflicts', async () => {
    const { db } = await seeded()
    const first = await db.startTransaction()
    await sdk(first.collection('orders').add({ data: { _id: 'o1', by: 'first' } }))
    const second = await db.startTransaction()
    await expect(sdk(second.collection('orders').add({ data: { _id: 'o1', by: 'second' } }))).rejects.toMatchObject({
      errMsg: expect.stringContaining(CONFLICT),
    })
    await first.commit()
    expect((await sdk<One>(db.collection('orders').doc('o1').get())).data.by).toBe('first')
  })
})

describe("runTransaction's retries", () => {
  test('a conflict that reaches runTransaction with its code is retried: 1 + 3 runs by default, then it surfaces', async () => {
    const { db, local } = await seeded()
    let runs = 0
    const conflict = { code: 'DATABASE_TRANSACTION_CONFLICT', message: CONFLICT }
    await expect(
      db.runTransaction(async () => {
        runs++
        throw conflict
      }),
    ).rejects.toBe(conflict)
    expect(runs).toBe(4)
    // Each run started its own transaction; only the last one is rolled back by the SDK.
    expect(local.counters().requests).toMatchObject({
      'database.startTransaction': 4,
      'database.abortTransaction': 1,
    })
  })

  test("overlapping transactions through the app's retryingConflicts: one commits, the other is retried and succeeds", async () => {
    const { db } = await seeded()
    const app = retryingConflicts(db as unknown as Database)
    let runs = 0
    const bump = () =>
      app.runTransaction(async (t) => {
        runs++
        const current = (await t.collection('items').doc('i1').get()).data.rank as number
        await settle()
        await t
          .collection('items')
          .doc('i1')
          .update({ data: { rank: current + 1 } })
      })
    await Promise.all([bump(), bump()])
    expect(await rankOf(db, 'i1')).toBe(3)
    expect(runs).toBeGreaterThan(2)
  })

  test('retries exhausted: the conflict error surfaces and nothing of the loser is written', async () => {
    const { db, local } = await seeded()
    const holder = await db.startTransaction()
    await setRank(holder, 'i1', 10)
    const app = retryingConflicts(db as unknown as Database)
    let runs = 0
    const loser = app.runTransaction(async (t) => {
      runs++
      await t.collection('orders').add({ data: { _id: `o${runs}` } })
      await t
        .collection('items')
        .doc('i1')
        .update({ data: { rank: 99 } })
    }, 3)
    await expect(loser).rejects.toMatchObject({
      code: 'DATABASE_TRANSACTION_CONFLICT',
      errCode: -501001,
      errMsg: expect.stringContaining(CONFLICT),
    })
    expect(runs).toBe(4)
    await holder.commit()
    expect(local.dump().orders).toEqual([])
    expect(await rankOf(db, 'i1')).toBe(10)
  })
})

describe('snapshot isolation', () => {
  test('a transaction reads the database as of its start, not commits made after it (node-sdk 读快照, 读偏)', async () => {
    const { db } = await seeded()
    const t = await db.startTransaction()
    await setRank(db, 'i1', 50)
    await db.runTransaction((other: Tx) => setRank(other, 'i2', 60))
    await sdk(db.collection('items').doc('i3').remove())
    await sdk(db.collection('orders').add({ data: { _id: 'late' } }))
    expect(await readRank(t, 'i1')).toBe(1)
    expect(await readRank(t, 'i2')).toBe(2)
    expect(await readRank(t, 'i3')).toBe(3)
    await expect(sdk(t.collection('orders').doc('late').get())).rejects.toMatchObject({
      errMsg: expect.stringContaining('does not exist'),
    })
    await t.commit()
  })

  test('its own writes come first, and nobody else sees them before the commit', async () => {
    const { db } = await seeded()
    const t = await db.startTransaction()
    await setRank(t, 'i1', 42)
    await sdk(t.collection('items').doc('i2').remove())
    expect(await readRank(t, 'i1')).toBe(42)
    await expect(sdk(t.collection('items').doc('i2').get())).rejects.toMatchObject({
      errMsg: expect.stringContaining('does not exist'),
    })
    expect(await rankOf(db, 'i1')).toBe(1)
    const other = await db.startTransaction()
    expect(await readRank(other, 'i1')).toBe(1)
    await t.commit()
    expect(await readRank(other, 'i1')).toBe(1)
    expect(await rankOf(db, 'i1')).toBe(42)
  })

  test('write skew is allowed: two transactions that read both documents and write different ones both commit', async () => {
    const { db } = await seeded()
    const first = await db.startTransaction()
    const second = await db.startTransaction()
    const sum = async (t: Tx) => ((await readRank(t, 'i1')) as number) + ((await readRank(t, 'i2')) as number)
    await setRank(first, 'i1', (await sum(first)) * 10)
    await setRank(second, 'i2', (await sum(second)) * 100)
    await first.commit()
    await second.commit()
    // Serially one of them would have seen the other's write; under snapshot isolation neither does.
    expect([await rankOf(db, 'i1'), await rankOf(db, 'i2')]).toEqual([30, 300])
  })
})

describe('transactions and plain writes', () => {
  test('a plain write to a document a transaction wrote waits for the commit, then applies on top of it', async () => {
    const { db } = await seeded()
    const _ = db.command
    const t = await db.startTransaction()
    await setRank(t, 'i1', 10)
    let answered = false
    const plain = setRank(db, 'i1', _.inc(1)).then(() => (answered = true))
    await settle()
    expect(answered).toBe(false)
    expect(await rankOf(db, 'i1')).toBe(1)
    await t.commit()
    await plain
    expect(await rankOf(db, 'i1')).toBe(11)
  })

  test('a plain write to a document a transaction only read goes ahead; the transaction then cannot write it', async () => {
    const { db } = await seeded()
    const t = await db.startTransaction()
    expect(await readRank(t, 'i1')).toBe(1)
    await setRank(db, 'i1', 7)
    expect(await rankOf(db, 'i1')).toBe(7)
    await expect(setRank(t, 'i1', 2)).rejects.toMatchObject({ errMsg: expect.stringContaining(CONFLICT) })
  })
})

describe('ended and abandoned transactions', () => {
  test('an operation after commit or rollback fails with the cloud\'s "transaction does not exist" (errCode -501001)', async () => {
    const { db } = await seeded()
    const committed = await db.startTransaction()
    await committed.commit()
    await expect(setRank(committed, 'i1', 5)).rejects.toMatchObject({
      errCode: -501001,
      errMsg: expect.stringContaining(NOT_EXIST),
    })
    await expect(committed.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    const aborted = await db.startTransaction()
    await aborted.rollback()
    await expect(sdk(aborted.collection('items').doc('i1').get())).rejects.toMatchObject({
      errCode: -501001,
      errMsg: expect.stringContaining(NOT_EXIST),
    })
    expect(await rankOf(db, 'i1')).toBe(1)
  })

  test('an abandoned transaction blocks nobody but writers of its documents, and only until it expires', async () => {
    const local = openLocalDatabase({ collections: specs, transactionLifetimeMs: 50 })
    useLocalDatabase(local)
    const db = cloud.database()
    await sdk(
      db.collection('items').add({
        data: [
          { _id: 'i1', rank: 1 },
          { _id: 'i2', rank: 2 },
        ],
      }),
    )
    const abandoned = await db.startTransaction()
    await setRank(abandoned, 'i1', 10)
    await db.runTransaction((t: Tx) => setRank(t, 'i2', 20))
    await expect(db.runTransaction((t: Tx) => setRank(t, 'i1', 30))).rejects.toMatchObject({ errCode: -501001 })
    // A plain write waits for the lock; the expiry releases it, dropping the abandoned write.
    await setRank(db, 'i1', 40)
    expect(local.dump().items).toEqual([
      { _id: 'i1', rank: 40 },
      { _id: 'i2', rank: 20 },
    ])
    await expect(abandoned.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    local.close()
  })
})
