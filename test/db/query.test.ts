/** Conformance: reads through wx-server-sdk (where, commands, order, paging, projection, doc get). */
import { freshCloud } from '../helpers/localCloud'
import { ids, items, sdk, seeded, specs } from './fixtures'

type Rows = { data: { _id: string; [k: string]: unknown }[]; errMsg: string }

async function where(query: (cmd: ReturnType<typeof freshCloud>['db']['command']) => object): Promise<string[]> {
  const { db } = await seeded()
  return ids(await sdk<Rows>(db.collection('items').where(query(db.command)).get()))
}

describe('query commands', () => {
  test('plain equality', async () => expect(await where(() => ({ cat: 'a' }))).toEqual(['i1', 'i2']))
  test('eq', async () => expect(await where((_) => ({ rank: _.eq(3) }))).toEqual(['i3']))
  test('neq', async () => expect(await where((_) => ({ cat: _.neq('a') }))).toEqual(['i3', 'i4', 'i5']))
  test('gt', async () => expect(await where((_) => ({ rank: _.gt(3) }))).toEqual(['i4', 'i5']))
  test('gte', async () => expect(await where((_) => ({ rank: _.gte(3) }))).toEqual(['i3', 'i4', 'i5']))
  test('lt', async () => expect(await where((_) => ({ rank: _.lt(2) }))).toEqual(['i1']))
  test('lte', async () => expect(await where((_) => ({ rank: _.lte(2) }))).toEqual(['i1', 'i2']))
  test('in', async () => expect(await where((_) => ({ cat: _.in(['a', 'c']) }))).toEqual(['i1', 'i2', 'i5']))
  test('nin', async () => expect(await where((_) => ({ cat: _.nin(['a', 'c']) }))).toEqual(['i3', 'i4']))
  test('exists true', async () =>
    expect(await where((_) => ({ tags: _.exists(true) }))).toEqual(['i1', 'i2', 'i3', 'i5']))
  test('exists false', async () => expect(await where((_) => ({ tags: _.exists(false) }))).toEqual(['i4']))
  test('and (field command chain)', async () =>
    expect(await where((_) => ({ rank: _.gt(1).and(_.lt(4)) }))).toEqual(['i2', 'i3']))
  test('and (top level)', async () =>
    expect(await where((_) => _.and([{ cat: 'b' }, { rank: _.gt(3) }]))).toEqual(['i4']))
  test('or', async () => expect(await where((_) => _.or([{ cat: 'c' }, { rank: 1 }]))).toEqual(['i1', 'i5']))
  test('nor', async () => expect(await where((_) => _.nor([{ cat: 'a' }, { cat: 'b' }]))).toEqual(['i5']))
  test('elemMatch', async () => expect(await where((_) => ({ tags: _.elemMatch(_.eq('z')) }))).toEqual(['i5']))
  test('size', async () => expect(await where((_) => ({ tags: _.size(1) }))).toEqual(['i2']))
  test('all', async () => expect(await where((_) => ({ tags: _.all(['x', 'y']) }))).toEqual(['i1', 'i5']))
  test('equality on an array field matches an element', async () =>
    expect(await where(() => ({ tags: 'z' }))).toEqual(['i5']))
  test('nested object in where matches by dotted path', async () =>
    expect(await where(() => ({ info: { color: 'red' } }))).toEqual(['i1', 'i3']))
  test('dotted path key', async () => expect(await where(() => ({ 'info.size': 2 }))).toEqual(['i2']))
  test('JS regular expression really matches', async () =>
    expect(await where(() => ({ cat: /^[AB]$/i }))).toEqual(['i1', 'i2', 'i3', 'i4']))
  test('db.RegExp really matches', async () => {
    const { db } = await seeded()
    const res = await sdk<Rows>(
      db
        .collection('items')
        .where({ cat: db.RegExp({ regexp: 'c', options: 'i' }) })
        .get(),
    )
    expect(ids(res)).toEqual(['i5'])
  })
})

describe('get options', () => {
  test('get result shape is {data, errMsg}', async () => {
    const { db } = await seeded()
    const res = await sdk(db.collection('items').where({ _id: 'i4' }).get())
    expect(res).toEqual({ data: [{ _id: 'i4', cat: 'b', rank: 4 }], errMsg: 'collection.get:ok' })
  })
  test('orderBy desc', async () => {
    const { db } = await seeded()
    expect(ids(await sdk<Rows>(db.collection('items').orderBy('rank', 'desc').get()))).toEqual([
      'i5',
      'i4',
      'i3',
      'i2',
      'i1',
    ])
  })
  test('orderBy on two fields', async () => {
    const { db } = await seeded()
    const res = await sdk<Rows>(db.collection('items').orderBy('cat', 'desc').orderBy('rank', 'asc').get())
    expect(ids(res)).toEqual(['i5', 'i3', 'i4', 'i1', 'i2'])
  })
  test('skip and limit after order', async () => {
    const { db } = await seeded()
    const res = await sdk<Rows>(db.collection('items').orderBy('rank', 'desc').skip(1).limit(2).get())
    expect(ids(res)).toEqual(['i4', 'i3'])
  })
  test('field() projection keeps _id and the chosen fields', async () => {
    const { db } = await seeded()
    const res = await sdk<Rows>(
      db.collection('items').where({ _id: 'i1' }).field({ cat: true, 'info.color': true }).get(),
    )
    expect(res.data).toEqual([{ _id: 'i1', cat: 'a', info: { color: 'red' } }])
  })
  test('field() exclusion', async () => {
    const { db } = await seeded()
    const res = await sdk<Rows>(db.collection('items').doc('i4').field({ rank: false }).get())
    expect(res.data).toEqual({ _id: 'i4', cat: 'b' })
  })
  test('default limit is 100', async () => {
    const { db } = freshCloud(specs)
    await sdk(db.collection('orders').add({ data: Array.from({ length: 150 }, (_, n) => ({ n })) }))
    expect((await sdk<Rows>(db.collection('orders').get())).data).toHaveLength(100)
  })
  test('limit is capped at 1000', async () => {
    const { db } = freshCloud(specs)
    await sdk(db.collection('orders').add({ data: Array.from({ length: 1100 }, (_, n) => ({ n })) }))
    expect((await sdk<Rows>(db.collection('orders').limit(5000).get())).data).toHaveLength(1000)
  })
  test('count returns {total}', async () => {
    const { db } = await seeded()
    expect(await sdk(db.collection('items').where({ cat: 'b' }).count())).toEqual({
      total: 2,
      errMsg: 'collection.count:ok',
    })
  })
  test('doc(id).get returns the document', async () => {
    const { db } = await seeded()
    expect(await sdk(db.collection('items').doc('i4').get())).toEqual({
      data: { _id: 'i4', cat: 'b', rank: 4 },
      errMsg: 'document.get:ok',
    })
  })
  test('doc(id).get on a missing id fails as the cloud does', async () => {
    const { db } = await seeded()
    await expect(db.collection('items').doc('nope').get()).rejects.toMatchObject({
      errMsg: expect.stringMatching(/document\.get:fail.*nope does not exist/),
    })
  })
  test('dates round-trip as Date and compare as dates', async () => {
    const { db } = freshCloud(specs)
    const _ = db.command
    await sdk(
      db
        .collection('orders')
        .add({ data: [{ at: new Date('2024-01-01T00:00:00Z') }, { at: new Date('2025-01-01T00:00:00Z') }] }),
    )
    const res = await sdk<Rows>(
      db
        .collection('orders')
        .where({ at: _.gt(new Date('2024-06-01T00:00:00Z')) })
        .get(),
    )
    expect(res.data).toHaveLength(1)
    expect(res.data[0].at).toEqual(new Date('2025-01-01T00:00:00Z'))
  })
  test('db.serverDate() in a query compares with the server time', async () => {
    const { db } = freshCloud(specs)
    const _ = db.command
    await sdk(
      db
        .collection('orders')
        .add({ data: [{ at: new Date(Date.now() - 60_000) }, { at: new Date(Date.now() + 3_600_000) }] }),
    )
    const res = await sdk<Rows>(
      db
        .collection('orders')
        .where({ at: _.lt(db.serverDate()) })
        .get(),
    )
    expect(res.data).toHaveLength(1)
  })
  test('items fixture is intact', () => expect(items).toHaveLength(5))
})
