/**
 * Conformance: queries and writes where the local engine once answered
 * differently from the cloud (issue 13). Each test names the documentation it follows.
 */
import { freshCloud } from '../helpers/localCloud'
import { sdk, specs } from './fixtures'

type Db = ReturnType<typeof freshCloud>['db']
/** `db.command.jsonSchema` exists at run time but is missing from wx-server-sdk's typings. */
const jsonSchema = (db: Db, schema: object): object =>
  (db.command as unknown as { jsonSchema(s: object): object }).jsonSchema(schema)
type Rows = { data: Record<string, unknown>[] }

async function withDocs(docs: Record<string, unknown>[]) {
  const cloud = freshCloud(specs)
  await sdk(cloud.db.collection('orders').add({ data: docs }))
  return cloud
}

const idsOf = (res: Rows) => res.data.map((d) => d._id).sort()

describe('queries', () => {
  test('elemMatch with a document condition ignores non-document elements (MongoDB $elemMatch)', async () => {
    const { db } = await withDocs([
      { _id: 'nums', tags: [1, 2] },
      { _id: 'strs', tags: ['a'] },
      { _id: 'docs', tags: [{ value: 1 }, { other: 2 }] },
    ])
    const _ = db.command
    const res = await sdk<Rows>(
      db
        .collection('orders')
        .where({ tags: _.elemMatch({ value: _.exists(false) }) })
        .get(),
    )
    expect(idsOf(res)).toEqual(['docs'])
    const all = await sdk<Rows>(
      db
        .collection('orders')
        .where({ tags: _.elemMatch({ value: _.exists(true) }) })
        .get(),
    )
    expect(idsOf(all)).toEqual(['docs'])
  })
  test('jsonSchema selects documents, also inside nor (MongoDB $jsonSchema)', async () => {
    const { db } = await withDocs([
      { _id: 'a', name: 'x', age: 3 },
      { _id: 'b', age: '3' },
    ])
    const _ = db.command
    const schema = { required: ['name'], properties: { age: { bsonType: 'number', minimum: 1 } } }
    expect(idsOf(await sdk<Rows>(db.collection('orders').where(jsonSchema(db, schema)).get()))).toEqual(['a'])
    expect(
      idsOf(
        await sdk<Rows>(
          db
            .collection('orders')
            .where(_.nor([jsonSchema(db, schema)]))
            .get(),
        ),
      ),
    ).toEqual(['b'])
  })
  test('jsonSchema type object does not match a date; numeric bson types fail loudly (MongoDB $jsonSchema)', async () => {
    const { db } = await withDocs([
      { _id: 'date', v: new Date() },
      { _id: 'doc', v: { a: 1 } },
    ])
    const schema = { properties: { v: { type: 'object' } } }
    expect(idsOf(await sdk<Rows>(db.collection('orders').where(jsonSchema(db, schema)).get()))).toEqual(['doc'])
    const int = { properties: { v: { bsonType: 'int' } } }
    await expect(db.collection('orders').where(jsonSchema(db, int)).get()).rejects.toMatchObject({
      errMsg: expect.stringContaining('unsupported $jsonSchema bsonType int'),
    })
  })
  test('projection elemMatch returns the first matching document and omits a non-array field (MongoDB $elemMatch projection)', async () => {
    const { db } = await withDocs([
      { _id: 'a', tags: [1, { value: 1, n: 1 }, { value: 1, n: 2 }] },
      { _id: 'b', tags: 'none' },
    ])
    const project = (db.command as unknown as { project: { elemMatch(c: object): object } }).project
    const res = await sdk<Rows>(
      db
        .collection('orders')
        .field({ tags: project.elemMatch({ value: 1 }) })
        .get(),
    )
    expect(res.data).toEqual([{ _id: 'a', tags: [{ value: 1, n: 1 }] }, { _id: 'b' }])
  })
  test('jsonSchema keywords MongoDB omits fail loudly', async () => {
    const { db } = await withDocs([{ _id: 'a' }])
    await expect(
      db
        .collection('orders')
        .where(jsonSchema(db, { properties: { a: { format: 'email' } } }))
        .get(),
    ).rejects.toMatchObject({ errMsg: expect.stringContaining('unsupported $jsonSchema keyword format') })
  })
})

describe('aggregation result size (WeChat developer community: aggregate without limit returns 20)', () => {
  test('more than 20 results without limit() fail loudly; with limit() they are returned', async () => {
    const { db } = await withDocs(Array.from({ length: 21 }, (_, i) => ({ i })))
    await expect(db.collection('orders').aggregate().match({}).end()).rejects.toMatchObject({
      errMsg: expect.stringContaining('aggregation without limit() returning more than 20 documents'),
    })
    const res = await sdk<{ list: unknown[] }>(db.collection('orders').aggregate().match({}).limit(100).end())
    expect(res.list).toHaveLength(21)
  })
})

describe('sort order (MongoDB: comparison/sort order of BSON types)', () => {
  const mixed = [
    { _id: 'str-b', v: 'b' },
    { _id: 'num-2', v: 2 },
    { _id: 'null', v: null },
    { _id: 'num-10', v: 10 },
    { _id: 'arr-5', v: [5, 20] },
    { _id: 'str-a', v: 'a' },
    { _id: 'date', v: new Date(0) },
    { _id: 'bool', v: true },
    { _id: 'obj', v: { x: 1 } },
    { _id: 'empty', v: [] },
  ]
  test('orderBy ranks types and sorts an array by its smallest element ascending, largest descending', async () => {
    const { db } = await withDocs(mixed)
    const asc = await sdk<Rows>(db.collection('orders').orderBy('v', 'asc').get())
    expect(asc.data.map((d) => d._id)).toEqual([
      'empty',
      'null',
      'num-2',
      'arr-5',
      'num-10',
      'str-a',
      'str-b',
      'obj',
      'bool',
      'date',
    ])
    const desc = await sdk<Rows>(db.collection('orders').orderBy('v', 'desc').get())
    expect(desc.data.map((d) => d._id)).toEqual([
      'date',
      'bool',
      'obj',
      'str-b',
      'str-a',
      'arr-5',
      'num-10',
      'num-2',
      'null',
      'empty',
    ])
  })
  test('the $sort stage uses the same order, objects compared field by field', async () => {
    const { db } = await withDocs([
      { _id: 'b2', v: { a: 2 } },
      { _id: 'a1', v: { a: 1, b: 9 } },
      { _id: 'a1b', v: { a: 1 } },
      { _id: 'arr', v: [3, 1] },
    ])
    const res = await sdk<{ list: { _id: string }[] }>(db.collection('orders').aggregate().sort({ v: 1 }).end())
    expect(res.list.map((d) => d._id)).toEqual(['arr', 'a1b', 'a1', 'b2'])
  })
})

describe('writes', () => {
  test('add refuses a $-prefixed field name (CloudBase node-sdk: add({$_key: 1}) → DATABASE_REQUEST_FAILED)', async () => {
    const { db, local } = freshCloud(specs)
    await expect(db.collection('orders').add({ data: { $_key: 1 } })).rejects.toMatchObject({ errCode: -502001 })
    await expect(db.collection('orders').add({ data: { a: { $b: 1 } } })).rejects.toMatchObject({ errCode: -502001 })
    expect(local.dump().orders).toEqual([])
  })
  test('add accepts a dotted field name (CloudBase node-sdk "Document - CRUD" adds {"key.": "1"})', async () => {
    const { db } = freshCloud(specs)
    const { _id } = await sdk<{ _id: string }>(db.collection('orders').add({ data: { 'key.': '1' } }))
    expect((await sdk<{ data: Record<string, unknown> }>(db.collection('orders').doc(_id).get())).data['key.']).toBe(
      '1',
    )
  })
  test('add refuses an array or regular expression _id (MongoDB: the _id field)', async () => {
    const { db } = freshCloud(specs)
    await expect(db.collection('orders').add({ data: { _id: [1] } as object })).rejects.toMatchObject({
      errCode: -502001,
    })
    await expect(db.collection('orders').add({ data: { _id: /x/ } as object })).rejects.toMatchObject({
      errCode: -502001,
    })
  })
  test('{$timestamp: seconds} on insert is stored as a date (CloudBase node-sdk date test)', async () => {
    const { db } = freshCloud(specs)
    await sdk(db.collection('orders').add({ data: { _id: 't', w: { $timestamp: 1529327280 } } }))
    const doc = (await sdk<{ data: { w: Date } }>(db.collection('orders').doc('t').get())).data
    expect(doc.w).toEqual(new Date(1529327280 * 1000))
  })
  test('setting an object on an array field fails like the cloud (MongoDB: Cannot create field)', async () => {
    const { db, local } = await withDocs([{ _id: 'a', array: [1, 2, 3] }])
    const before = local.dump()
    await expect(
      db
        .collection('orders')
        .doc('a')
        .update({ data: { array: { foo: 'bar' } } }),
    ).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringContaining("Cannot create field 'foo'"),
    })
    expect(local.dump()).toEqual(before)
  })
  test("positional update 'numbers.$' changes the first matched element (WeChat: 更新数组中第一个匹配到的元素)", async () => {
    const { db } = await withDocs([{ _id: 'a', numbers: [10, 20, 30, 20] }])
    const res = await sdk<{ stats: { updated: number } }>(
      db
        .collection('orders')
        .where({ numbers: 20 })
        .update({ data: { 'numbers.$': 25 } }),
    )
    expect(res.stats.updated).toBe(1)
    expect((await sdk<{ data: { numbers: number[] } }>(db.collection('orders').doc('a').get())).data.numbers).toEqual([
      10, 25, 30, 20,
    ])
  })
  test('positional update on array documents, and without a matching condition it fails (MongoDB $ update)', async () => {
    const { db } = await withDocs([
      {
        _id: 'a',
        grades: [
          { g: 80, n: 1 },
          { g: 85, n: 2 },
        ],
      },
    ])
    await sdk(
      db
        .collection('orders')
        .where({ 'grades.g': 85 })
        .update({ data: { 'grades.$.n': 9 } }),
    )
    const doc = (await sdk<{ data: { grades: unknown[] } }>(db.collection('orders').doc('a').get())).data
    expect(doc.grades).toEqual([
      { g: 80, n: 1 },
      { g: 85, n: 9 },
    ])
    await expect(
      db
        .collection('orders')
        .doc('a')
        .update({ data: { 'grades.$.n': 0 } }),
    ).rejects.toMatchObject({
      errMsg: expect.stringContaining('positional operator did not find the match'),
    })
  })
  test('update() and remove() without where() are refused (WeChat Collection.remove: 只支持通过匹配 where 语句来删除)', async () => {
    const { db, local } = await withDocs([{ _id: 'a', n: 1 }])
    const coll = db.collection('orders') as unknown as {
      update(o: object): Promise<unknown>
      remove(): Promise<unknown>
    }
    await expect(coll.update({ data: { n: 2 } })).rejects.toMatchObject({ errCode: -501007 })
    await expect(coll.remove()).rejects.toMatchObject({ errCode: -501007 })
    expect(local.dump().orders).toEqual([{ _id: 'a', n: 1 }])
    const all = await sdk<{ stats: { removed: number } }>(db.collection('orders').where({}).remove())
    expect(all.stats.removed).toBe(1)
  })
  test('doc.set with identical data reports updated 1 however the document was created (cloud runs of the CloudBase node-sdk geo tests)', async () => {
    const { db } = freshCloud(specs)
    await sdk(db.collection('orders').add({ data: { n: 1, _id: 'late' } }))
    await sdk(db.collection('orders').add({ data: { _id: 'early', n: 1 } }))
    await sdk(
      db
        .collection('orders')
        .doc('set')
        .set({ data: { n: 1 } }),
    )
    const counts: number[] = []
    for (const id of ['late', 'early', 'set']) {
      const res = await sdk<{ stats: { updated: number } }>(
        db
          .collection('orders')
          .doc(id)
          .set({ data: { n: 1 } }),
      )
      counts.push(res.stats.updated)
    }
    expect(counts).toEqual([1, 1, 1])
  })
})
