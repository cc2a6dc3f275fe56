/**
 * Port of the document CRUD cases of TencentCloudBase/node-sdk at
 * b3c9dda879254ef769adc20aefbb116dd46c5eb7 (see harness.ts): test/database/
 * index.test.ts, unit/collection.test.ts, unit/document.test.ts and
 * unit/date.test.ts. Not portable through wx-server-sdk and left out:
 * updateAndReturn (findAndModify), options({raw}), options({timeout}),
 * db.ObjectId (unit/oid.test.ts) — wx-server-sdk exposes none of them.
 */
import { removed, rows, run, seed, serverDate, updated, type Db, type Doc } from './harness'

const coll = (db: Db) => db.collection('coll')
const add = async (db: Db, data: Doc | Doc[]) => run<{ _id: string; _ids: string[] }>(coll(db).add({ data }))

describe('index.test.ts', () => {
  test('插入字段null', async () => {
    const db = await seed({})
    const { _id } = await add(db, { name: null })
    expect(await rows(coll(db).where({ _id }).get())).toEqual([{ _id, name: null }])
  })
  test('更新字段为空数组', async () => {
    const db = await seed({})
    const { _id } = await add(db, { a: 1 })
    await updated(
      coll(db)
        .where({ _id })
        .update({ data: { a: [] } }),
    )
    expect((await rows(coll(db).where({ _id }).get()))[0].a).toEqual([])
  })
  test('验证插入24位可转objid 的id', async () => {
    const db = await seed({})
    await add(db, { a: 'test', _id: '5e7b474a5e54c773b58d7b39' })
    expect(await rows(coll(db).where({ _id: '5e7b474a5e54c773b58d7b39' }).get())).toHaveLength(1)
  })
  test('验证throwOnCode: a $-prefixed field fails with DATABASE_REQUEST_FAILED', async () => {
    const db = await seed({})
    await expect(add(db, { $_key: 1 })).rejects.toMatchObject({ errCode: -502001 })
  })
  test('mock 插入多条', async () => {
    const db = await seed({})
    const res = await add(
      db,
      Array.from({ length: 10 }, () => ({ string: 'a', int: -1 })),
    )
    expect(res._ids).toHaveLength(10)
  })
  test('清楚mock数据', async () => {
    const db = await seed({ coll: Array.from({ length: 10 }, () => ({ string: 'a', int: -1 })) })
    expect(await removed(coll(db).where({ int: -1 }).remove())).toBe(10)
  })
  test('验证 无 query count', async () => {
    const db = await seed({ coll: [{ a: 1 }] })
    expect((await run<{ total: number }>(coll(db).count())).total).toBe(1)
  })
  test('验证 无 query update: INVALID_PARAM', async () => {
    const db = await seed({ coll: [{ a: 0 }] })
    const all = coll(db) as unknown as { update(o: object): Promise<unknown> }
    await expect(all.update({ data: { a: 1 } })).rejects.toMatchObject({ errCode: -501007 })
  })
  test('Document - CRUD', async () => {
    const db = await seed({})
    const { _id } = await add(db, { 'key.': '1' })
    expect(_id).toBeTruthy()
    expect(
      await updated(
        coll(db)
          .where({ _id })
          .update({ data: { data: { a: null, b: null, c: null } } }),
      ),
    ).toBeGreaterThan(0)
    expect((await rows(coll(db).where({ _id }).get()))[0].data).toEqual({ a: null, b: null, c: null })
    expect(await removed(coll(db).doc(_id).remove())).toBe(1)
  })
  test('Document - query', async () => {
    const db = await seed({
      coll: [
        { a: 1, b: 100 },
        { a: 10, b: 1 },
      ],
    })
    const _ = db.command
    const query = _.or([{ b: _.and(_.gte(1), _.lte(10)) }, { b: _.and(_.gt(99), _.lte(101)) }])
    expect(await rows(coll(db).where(query).get())).toHaveLength(2)
    expect(await removed(coll(db).where(query).remove())).toBe(2)
  })
  test('复合and', async () => {
    const db = await seed({
      coll: [
        { date: 20190415, hour: 10 },
        { date: 20190415, hour: 13 },
      ],
    })
    const _ = db.command
    const res = await rows(
      coll(db)
        .where({ date: _.gt(20190401).and(_.lte(20190430)), hour: _.gt(8).and(_.lte(12)) })
        .get(),
    )
    expect(res.map((d) => d.hour)).toEqual([10])
  })
  test('Document - option update: multi false updates one, default updates all', async () => {
    const db = await seed({ coll: [{ testNum: 1 }, { testNum: 1 }, { testNum: 1 }] })
    const _ = db.command
    expect(
      await updated(
        coll(db)
          .where({ testNum: 1 })
          .update({ data: { testNum: _.inc(1) }, multi: false } as never),
      ),
    ).toBe(1)
    expect(
      await updated(
        coll(db)
          .where({ testNum: _.gt(0) })
          .update({ data: { testNum: _.inc(1) } }),
      ),
    ).toBe(3)
  })
  test('Document - option delete: multi false removes one, default removes the rest', async () => {
    const db = await seed({ coll: [{ testNum: 1 }, { testNum: 1 }, { testNum: 1 }] })
    const _ = db.command
    const one = coll(db).where({ testNum: _.gt(0) }) as unknown as { remove(o: object): Promise<unknown> }
    expect(await removed(one.remove({ multi: false }))).toBe(1)
    expect(
      await removed(
        coll(db)
          .where({ testNum: _.gt(0) })
          .remove(),
      ),
    ).toBe(2)
  })
})

describe('collection.test.ts', () => {
  const data = [{ name: 'A' }, { name: 'B' }]
  test('API - get all data', async () => {
    const db = await seed({ coll: data })
    expect(await rows(coll(db).get())).toHaveLength(2)
  })
  test('API - use orderBy', async () => {
    const db = await seed({ coll: data })
    expect((await rows(coll(db).orderBy('name', 'desc').get())).map((d) => d.name)).toEqual(['B', 'A'])
  })
  test('API - use limit', async () => {
    const db = await seed({ coll: data })
    expect(await rows(coll(db).limit(1).get())).toHaveLength(1)
  })
  test('API - use offset', async () => {
    const db = await seed({ coll: data })
    expect((await rows(coll(db).skip(1).get())).map((d) => d.name)).toEqual(['B'])
  })
  test('API - add one doc, update and remove', async () => {
    const db = await seed({})
    await add(db, { name: 'huming' })
    expect(
      await updated(
        coll(db)
          .where({ name: db.command.eq('huming') })
          .update({ data: { age: 18 } }),
      ),
    ).toBeGreaterThan(0)
    expect(
      await removed(
        coll(db)
          .where({ name: db.command.eq('huming') })
          .remove(),
      ),
    ).toBeGreaterThan(0)
  })
  test('API - use field', async () => {
    const db = await seed({ coll: [{ name: 'A', age: 1 }] })
    expect(await rows(coll(db).field({ age: 1 }).get())).toEqual([{ _id: expect.any(String), age: 1 }])
  })
  test('API - add and remove with skip: remove ignores skip and orderBy', async () => {
    const text = 'test for add and remove with skip'
    const db = await seed({ coll: Array.from({ length: 10 }, () => ({ text })) })
    expect((await rows(coll(db).where({ text }).get())).length).toBeGreaterThan(0)
    await coll(db).where({ text }).orderBy('text', 'asc').skip(3).remove()
    expect(await rows(coll(db).where({ text }).get())).toHaveLength(0)
  })
  test('API - use where', async () => {
    const db = await seed({})
    await add(db, [{ name: 'aaa' }])
    expect((await rows(coll(db).where({ name: 'aaa' }).get())).length).toBeGreaterThan(0)
    expect((await rows(coll(db).where({}).get())).length).toBeGreaterThan(0)
  })
})

describe('document.test.ts', () => {
  const data = [
    { category: 'Web', tags: ['JavaScript', 'C#'] },
    { category: 'Web', tags: ['Go', 'C#'] },
    { category: 'Life', tags: ['Go', 'Python', 'JavaScript'] },
  ]
  type SetResult = { _id: string; stats: { updated: number; created: number } }
  test('API - set data in empty document', async () => {
    const db = await seed({ coll: data })
    const res = await run<SetResult>(
      coll(db)
        .doc('123123123')
        .set({ data: { name: 'jude' } }),
    )
    expect(res).toMatchObject({ _id: '123123123', stats: { updated: 0, created: 1 } })
    expect(
      await rows(
        coll(db)
          .where({ name: db.command.eq('jude') })
          .get(),
      ),
    ).toHaveLength(1)
  })
  test('API - set data in document existed', async () => {
    const db = await seed({ coll: data })
    const [{ _id }] = await rows(coll(db).limit(1).get())
    const doc = coll(db).doc(_id as string)
    expect((await run<SetResult>(doc.set({ data: { data: { type: 'set' } } }))).stats.updated).toBe(1)
    const next = { data: { arr: [1, 2, 3], foo: 123 }, array: [0, 0, 0] }
    expect((await run<SetResult>(doc.set({ data: next }))).stats.updated).toBe(1)
    const _ = db.command
    const change = { data: { arr: _.push([4, 5, 6]), foo: _.inc(1) }, array: _.pop() }
    expect(await updated(doc.update({ data: change }))).toBe(1)
    expect((await run<{ data: Doc }>(doc.get())).data).toEqual({
      _id,
      data: { arr: [1, 2, 3, 4, 5, 6], foo: 124 },
      array: [0, 0],
    })
  })
  test('API - remove document that not exist', async () => {
    const db = await seed({ coll: data })
    expect(await removed(coll(db).doc('abcdefabcdefabcdefabcdef').remove())).toBe(0)
  })
  test('API - remove document should success', async () => {
    const db = await seed({ coll: data })
    const [{ _id }] = await rows(coll(db).get())
    expect(
      await removed(
        coll(db)
          .doc(_id as string)
          .remove(),
      ),
    ).toBe(1)
  })
})

describe('date.test.ts', () => {
  test('验证 long 值offset: serverDate offset of one year', async () => {
    const db = await seed({})
    const offset = 31536000000
    const { _id } = await add(db, { name: 'longOffsetTest', serverDate1: serverDate(db, offset) })
    const [doc] = await rows(coll(db).where({ _id }).get())
    expect(Math.round(((doc.serverDate1 as Date).getTime() - Date.now()) / 86_400_000)).toBe(365)
  })
  test('Document - CRUD with dates and server dates', async () => {
    const db = await seed({})
    const _ = db.command
    const date = new Date()
    const offset = 60 * 1000
    const { _id } = await add(db, {
      name: 'test',
      date,
      serverDate1: serverDate(db),
      serverDate2: serverDate(db, offset),
      innerServerDate: [serverDate(db, offset)],
      emptyArray: [],
      emptyObject: {},
      foo: { bar: serverDate(db, offset) },
    })
    let [doc] = await rows(coll(db).where({ _id }).get())
    expect((doc.date as Date).getTime()).toBe(date.getTime())
    expect((doc.foo as { bar: unknown }).bar).toBeInstanceOf(Date)
    expect((doc.serverDate1 as Date).getTime() + offset).toBe((doc.serverDate2 as Date).getTime())
    expect(doc.emptyArray).toEqual([])
    expect(doc.emptyObject).toEqual({})
    expect(
      await rows(
        coll(db)
          .where({ date: _.eq(date) })
          .get(),
      ),
    ).toHaveLength(1)
    expect(
      await rows(
        coll(db)
          .where({ date: _.lte(date) })
          .get(),
      ),
    ).toHaveLength(1)
    const around = { date: _.lte(date).and(_.gte(date)) }
    const newDate = new Date(date.getTime() + 5)
    const change = {
      date: newDate,
      serverDate2: serverDate(db, 1000 * 60 * 60),
      innerServerDate: _.push(serverDate(db, offset)),
    }
    expect(await updated(coll(db).where(around).update({ data: change }))).toBe(1)
    ;[doc] = await rows(coll(db).where({ _id }).get())
    expect((doc.date as Date).getTime()).toBe(newDate.getTime())
    expect((doc.serverDate2 as Date).getTime() - (doc.serverDate1 as Date).getTime()).toBeGreaterThan(
      1000 * 60 * 60 - 1,
    )
    expect(doc.innerServerDate).toHaveLength(2)
    expect(await removed(coll(db).doc(_id).remove())).toBe(1)
  })
})
