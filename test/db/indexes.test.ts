/** Conformance: declared collections, unique indexes, and index use proven by the scanned counter. */
import { freshCloud } from '../helpers/localCloud'
import { sdk, seeded, specs } from './fixtures'

type Rows = { data: { _id: string }[] }

describe('collections and indexes', () => {
  test('writing to an undeclared collection fails (collection does not exist)', async () => {
    const { db } = freshCloud(specs)
    await expect(db.collection('ghosts').add({ data: { a: 1 } })).rejects.toMatchObject({ errCode: -502005 })
  })
  test('reading an undeclared collection fails too', async () => {
    const { db } = freshCloud(specs)
    await expect(db.collection('ghosts').get()).rejects.toMatchObject({ errCode: -502005 })
  })
  test('declared collections exist and start empty', async () => {
    const { local } = freshCloud(specs)
    expect(local.dump()).toEqual({ items: [], orders: [], users: [] })
  })
  test('unique index violation: errCode -502001 and E11000', async () => {
    const { db } = freshCloud(specs)
    await sdk(db.collection('users').add({ data: { phone: '138', name: 'a' } }))
    await expect(db.collection('users').add({ data: { phone: '138', name: 'b' } })).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringContaining('E11000 duplicate key error'),
    })
  })
  test('unique violation by update fails and changes nothing', async () => {
    const { db, local } = freshCloud(specs)
    await sdk(
      db.collection('users').add({
        data: [
          { _id: 'u1', phone: '1' },
          { _id: 'u2', phone: '2' },
        ],
      }),
    )
    const before = local.dump()
    await expect(
      db
        .collection('users')
        .doc('u2')
        .update({ data: { phone: '1' } }),
    ).rejects.toMatchObject({ errCode: -502001 })
    expect(local.dump()).toEqual(before)
  })
  test('a failed batch add writes nothing', async () => {
    const { db, local } = freshCloud(specs)
    await expect(db.collection('users').add({ data: [{ phone: '9' }, { phone: '9' }] })).rejects.toMatchObject({
      errCode: -502001,
    })
    expect(local.dump().users).toEqual([])
  })
  test('a unique index treats a missing field as null', async () => {
    const { db } = freshCloud(specs)
    await sdk(db.collection('users').add({ data: { name: 'no phone' } }))
    await expect(db.collection('users').add({ data: { name: 'no phone either' } })).rejects.toMatchObject({
      errCode: -502001,
    })
  })
  test('equality on _id does not scan the collection', async () => {
    const { db, local } = await seeded()
    await sdk(db.collection('items').doc('i3').get())
    expect(local.counters()).toMatchObject({ scanned: 1, returned: 1 })
  })
  test('equality on an indexed field does not scan the collection', async () => {
    const { db, local } = freshCloud(specs)
    await sdk(
      db
        .collection('users')
        .add({ data: Array.from({ length: 200 }, (_, n) => ({ phone: `p${n}`, name: `n${n % 10}` })) }),
    )
    local.resetCounters()
    const res = await sdk<Rows>(db.collection('users').where({ phone: 'p42' }).get())
    expect(res.data).toHaveLength(1)
    expect(local.counters().scanned).toBe(1)
    local.resetCounters()
    expect((await sdk<Rows>(db.collection('users').where({ name: 'n3' }).get())).data).toHaveLength(20)
    expect(local.counters().scanned).toBe(20)
  })
  test('compound index prefix and $in are used', async () => {
    const { db, local } = await seeded()
    const _ = db.command
    expect(
      (
        await sdk<Rows>(
          db
            .collection('items')
            .where({ cat: _.in(['a', 'c']), rank: _.gt(1) })
            .get(),
        )
      ).data,
    ).toHaveLength(2)
    // The equality prefix and the range on the next key (rank > 1) are both answered by the index.
    expect(local.counters().scanned).toBe(2)
  })
  test('index lookup still finds documents whose field is an array', async () => {
    const { db } = freshCloud(specs)
    await sdk(
      db.collection('users').add({
        data: [
          { phone: 'a', name: ['x', 'y'] },
          { phone: 'b', name: 'x' },
        ],
      }),
    )
    expect((await sdk<Rows>(db.collection('users').where({ name: 'x' }).get())).data).toHaveLength(2)
  })
  test('counters count requests per action', async () => {
    const { db, local } = await seeded()
    await sdk(db.collection('items').get())
    await sdk(db.collection('items').count())
    expect(local.counters().requests).toEqual({ 'database.getDocument': 1, 'database.calculateDocument': 1 })
    local.resetCounters()
    expect(local.counters()).toEqual({ requests: {}, scanned: 0, returned: 0 })
  })
})
