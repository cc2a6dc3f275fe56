/** Conformance: aggregation through db.collection().aggregate() and db.command.aggregate. */
import { freshCloud } from '../helpers/localCloud'
import { sdk, seeded, specs } from './fixtures'

type List = { list: Record<string, unknown>[]; errMsg: string }
type Db = ReturnType<typeof freshCloud>['db']

async function agg(build: (db: Db) => { end(): unknown }) {
  const { db } = await seeded()
  return (await sdk<List>(build(db).end())).list
}

describe('aggregate stages', () => {
  test('result shape is {list, errMsg}', async () => {
    const { db } = await seeded()
    const res = await sdk(db.collection('items').aggregate().match({ _id: 'i4' }).project({ cat: 1 }).end())
    expect(res).toEqual({ list: [{ _id: 'i4', cat: 'b' }], errMsg: 'collection.aggregate:ok' })
  })
  test('match with commands', async () => {
    const list = await agg((db) =>
      db
        .collection('items')
        .aggregate()
        .match({ rank: db.command.gte(4) }),
    )
    expect(list.map((d) => d._id)).toEqual(['i4', 'i5'])
  })
  test('group with sum, avg, max, min', async () => {
    const list = await agg((db) => {
      const $ = db.command.aggregate
      return db
        .collection('items')
        .aggregate()
        .group({
          _id: '$cat',
          n: $.sum(1),
          total: $.sum('$rank'),
          avg: $.avg('$rank'),
          hi: $.max('$rank'),
          lo: $.min('$rank'),
        })
        .sort({ _id: 1 })
    })
    expect(list).toEqual([
      { _id: 'a', n: 2, total: 3, avg: 1.5, hi: 2, lo: 1 },
      { _id: 'b', n: 2, total: 7, avg: 3.5, hi: 4, lo: 3 },
      { _id: 'c', n: 1, total: 5, avg: 5, hi: 5, lo: 5 },
    ])
  })
  test('group with first, last, push, addToSet', async () => {
    const list = await agg((db) => {
      const $ = db.command.aggregate
      return db
        .collection('items')
        .aggregate()
        .sort({ rank: 1 })
        .group({
          _id: '$cat',
          first: $.first('$rank'),
          last: $.last('$rank'),
          all: $.push('$rank'),
          colors: $.addToSet('$info.color'),
        })
        .sort({ _id: 1 })
    })
    expect(list[0]).toEqual({
      _id: 'a',
      first: 1,
      last: 2,
      all: [1, 2],
      colors: expect.arrayContaining(['red', 'blue']),
    })
    expect(list[1]).toMatchObject({ _id: 'b', first: 3, last: 4, all: [3, 4] })
  })
  test('sort, skip, limit', async () => {
    const list = await agg((db) => db.collection('items').aggregate().sort({ rank: -1 }).skip(1).limit(2))
    expect(list.map((d) => d._id)).toEqual(['i4', 'i3'])
  })
  test('project with an expression', async () => {
    const list = await agg((db) =>
      db
        .collection('items')
        .aggregate()
        .match({ _id: 'i2' })
        .project({ _id: 0, double: db.command.aggregate.multiply(['$rank', 2]) }),
    )
    expect(list).toEqual([{ double: 4 }])
  })
  test('addFields', async () => {
    const list = await agg((db) =>
      db
        .collection('items')
        .aggregate()
        .match({ _id: 'i4' })
        .addFields({ next: db.command.aggregate.add(['$rank', 1]) }),
    )
    expect(list).toEqual([{ _id: 'i4', cat: 'b', rank: 4, next: 5 }])
  })
  test('unwind', async () => {
    const list = await agg((db) =>
      db.collection('items').aggregate().match({ _id: 'i1' }).unwind('$tags').project({ tags: 1 }),
    )
    expect(list).toEqual([
      { _id: 'i1', tags: 'x' },
      { _id: 'i1', tags: 'y' },
    ])
  })
  test('count', async () => {
    const list = await agg((db) => db.collection('items').aggregate().match({ cat: 'a' }).count('n'))
    expect(list).toEqual([{ n: 2 }])
  })
  test('sortByCount', async () => {
    const list = await agg((db) => db.collection('items').aggregate().unwind('$tags').sortByCount('$tags'))
    expect(list[0]).toEqual({ _id: 'y', count: 3 })
    expect(list).toHaveLength(3)
  })
  test('lookup joins another collection', async () => {
    const { db } = await seeded()
    await sdk(
      db.collection('orders').add({
        data: [
          { item: 'i1', qty: 2 },
          { item: 'i1', qty: 3 },
          { item: 'i2', qty: 1 },
        ],
      }),
    )
    const res = await sdk<List>(
      db
        .collection('items')
        .aggregate()
        .match({ cat: 'a' })
        .lookup({ from: 'orders', localField: '_id', foreignField: 'item', as: 'orders' })
        .project({ n: db.command.aggregate.size('$orders') })
        .end(),
    )
    expect(res.list).toEqual([
      { _id: 'i1', n: 2 },
      { _id: 'i2', n: 1 },
    ])
  })
  test('group over an empty collection returns an empty list', async () => {
    const { db } = freshCloud(specs)
    const res = await sdk<List>(
      db
        .collection('orders')
        .aggregate()
        .group({ _id: null, n: db.command.aggregate.sum(1) })
        .end(),
    )
    expect(res.list).toEqual([])
  })
})
