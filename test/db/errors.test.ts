/** Bad input fails clearly and writes nothing. */
import { openLocalDatabase } from '../../local/db'
import { sdk, seeded, specs } from './fixtures'

const raw = () => openLocalDatabase({ collections: specs })

describe('bad input', () => {
  test('an unsupported action names it', async () => {
    await expect(raw().execute('database.dropEverything', {})).rejects.toThrow(
      /unsupported action database\.dropEverything/,
    )
  })
  test('an unsupported query operator names it', async () => {
    const q = JSON.stringify({ rank: { $frobnicate: 1 } })
    await expect(
      raw().execute('database.getDocument', { collectionName: 'items', query: q, limit: 10 }),
    ).rejects.toThrow(/\$frobnicate/)
  })
  test('an unsupported update operator names it and writes nothing', async () => {
    const { local } = await seeded()
    const before = local.dump()
    const params = {
      collectionName: 'items',
      query: '{"_id":"i1"}',
      queryType: 'DOC',
      data: '{"$explode":{"rank":1}}',
      merge: true,
    }
    await expect(local.execute('database.modifyDocument', params)).rejects.toThrow(/update operator \$explode/)
    expect(local.dump()).toEqual(before)
  })
  test('an unsupported aggregate stage names it', async () => {
    const { db } = await seeded()
    await expect(
      db
        .collection('items')
        .aggregate()
        .geoNear({ near: db.Geo.Point(0, 0), distanceField: 'd' })
        .end(),
    ).rejects.toMatchObject({
      errMsg: expect.stringContaining('unsupported aggregate stage $geoNear'),
    })
  })
  test('an unsupported accumulator names it', async () => {
    const stages = [{ stageKey: '$group', stageValue: '{"_id":null,"x":{"$zzz":1}}' }]
    await expect(raw().execute('database.aggregateDocuments', { collectionName: 'items', stages })).rejects.toThrow(
      /\$zzz/,
    )
  })
  test('an aggregation failing half way leaves the collection readable by later requests', async () => {
    const { db } = await seeded()
    const $ = db.command.aggregate
    const failing = db
      .collection('items')
      .aggregate()
      .project({ d: $.dateFromString({ dateString: '$cat' }) })
      .end()
    await expect(failing).rejects.toMatchObject({ errMsg: expect.stringContaining('error parsing date string') })
    const res = await sdk<{ list: unknown[] }>(db.collection('items').aggregate().count('n').end())
    expect(res.list).toEqual([{ n: 5 }])
  })
  test('malformed EJSON fails clearly', async () => {
    await expect(
      raw().execute('database.getDocument', { collectionName: 'items', query: '{"a":', limit: 1 }),
    ).rejects.toThrow(/malformed EJSON in query/)
  })
  test('malformed EJSON in a batch insert writes nothing', async () => {
    const db = raw()
    await expect(
      db.execute('database.insertDocument', { collectionName: 'orders', data: ['{"a":1}', '{oops'] }),
    ).rejects.toThrow(/malformed EJSON/)
    expect(db.dump().orders).toEqual([])
  })
  test('a multi update failing half way writes nothing', async () => {
    const { db, local } = await seeded()
    await sdk(
      db.collection('users').add({
        data: [
          { _id: 'u1', phone: '1' },
          { _id: 'u2', phone: '2' },
          { _id: 'u3', phone: '3' },
        ],
      }),
    )
    const before = local.dump()
    await expect(
      db
        .collection('users')
        .where({ _id: db.command.in(['u1', 'u2']) })
        .update({ data: { phone: '3' } }),
    ).rejects.toMatchObject({
      errCode: -502001,
    })
    expect(local.dump()).toEqual(before)
  })
  test('raw execute returns the raw response shape', async () => {
    const db = raw()
    expect(
      await db.execute('database.insertDocument', {
        collectionName: 'orders',
        data: ['{"_id":"x","n":{"$numberInt":"1"}}'],
      }),
    ).toEqual({
      requestId: expect.any(String),
      data: { insertedIds: ['x'] },
    })
    expect(
      await db.execute('database.getDocument', { collectionName: 'orders', query: '{"_id":"x"}', queryType: 'DOC' }),
    ).toEqual({
      requestId: expect.any(String),
      data: { list: ['{"_id":"x","n":1}'] },
    })
  })
})
