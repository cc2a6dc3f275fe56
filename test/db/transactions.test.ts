/** Conformance: db.runTransaction and db.startTransaction. */
import { freshCloud } from '../helpers/localCloud'
import { sdk, seeded, specs, type Tx } from './fixtures'

type One = { data: Record<string, unknown> }

describe('transactions', () => {
  test('runTransaction commits all writes and returns the callback result', async () => {
    const { db, local } = await seeded()
    const _ = db.command
    const result = await db.runTransaction(async (t: Tx) => {
      const a = await sdk<One>(t.collection('items').doc('i1').get())
      await sdk(
        t
          .collection('items')
          .doc('i1')
          .update({ data: { rank: _.inc(10) } }),
      )
      await sdk(t.collection('items').doc('i2').remove())
      await sdk(t.collection('orders').add({ data: { _id: 'o1', from: a.data.rank } }))
      return 'done'
    })
    expect(result).toBe('done')
    const dump = local.dump()
    expect(dump.items.find((d) => (d as { _id: string })._id === 'i1')).toMatchObject({ rank: 11 })
    expect(dump.items).toHaveLength(4)
    expect(dump.orders).toEqual([{ _id: 'o1', from: 1 }])
  })
  test('a transaction reads its own writes', async () => {
    const { db } = await seeded()
    await db.runTransaction(async (t: Tx) => {
      await sdk(
        t
          .collection('items')
          .doc('i1')
          .update({ data: { rank: 42 } }),
      )
      expect((await sdk<One>(t.collection('items').doc('i1').get())).data.rank).toBe(42)
    })
  })
  test('a failing callback rolls everything back', async () => {
    const { db, local } = await seeded()
    const before = local.dump()
    await expect(
      db.runTransaction(async (t: Tx) => {
        await sdk(
          t
            .collection('items')
            .doc('i1')
            .update({ data: { rank: 100 } }),
        )
        await sdk(t.collection('orders').add({ data: { x: 1 } }))
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(local.dump()).toEqual(before)
  })
  test('transaction.rollback(reason) rolls back and rejects with the reason', async () => {
    const { db, local } = await seeded()
    const before = local.dump()
    await expect(
      db.runTransaction(async (t: Tx) => {
        await sdk(
          t
            .collection('items')
            .doc('i1')
            .update({ data: { rank: 100 } }),
        )
        await t.rollback('not enough')
      }),
    ).rejects.toBe('not enough')
    expect(local.dump()).toEqual(before)
  })
  test('a unique violation at commit rolls the whole transaction back', async () => {
    const { db, local } = freshCloud(specs)
    await sdk(db.collection('users').add({ data: { _id: 'u1', phone: '1' } }))
    const before = local.dump()
    await expect(
      db.runTransaction(async (t: Tx) => {
        await sdk(t.collection('orders').add({ data: { _id: 'o1' } }))
        await sdk(t.collection('users').add({ data: { _id: 'u2', phone: '1' } }))
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('E11000') })
    expect(local.dump()).toEqual(before)
  })
  test('startTransaction / commit', async () => {
    const { db, local } = await seeded()
    const t = await db.startTransaction()
    await sdk(
      t
        .collection('items')
        .doc('i1')
        .set({ data: { cat: 'set' } }),
    )
    expect(local.dump().items[0]).toMatchObject({ cat: 'a' })
    await t.commit()
    expect(local.dump().items[0]).toEqual({ _id: 'i1', cat: 'set' })
  })
  test('startTransaction / rollback', async () => {
    const { db, local } = await seeded()
    const before = local.dump()
    const t = await db.startTransaction()
    await sdk(t.collection('items').doc('i1').remove())
    await t.rollback()
    expect(local.dump()).toEqual(before)
  })
  test('doc.get of a missing id inside a transaction fails', async () => {
    const { db } = await seeded()
    await expect(
      db.runTransaction(async (t: Tx) => sdk(t.collection('items').doc('nope').get())),
    ).rejects.toMatchObject({
      errMsg: expect.stringContaining('does not exist'),
    })
  })
  test('where() queries inside a transaction are refused', async () => {
    const { db } = await seeded()
    await expect(
      db.runTransaction(async (t: Tx) => sdk(t.collection('items').where({ cat: 'a' }).get())),
    ).rejects.toMatchObject({
      errCode: -502002,
    })
  })
})
