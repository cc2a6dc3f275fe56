/**
 * Port of the query cases of TencentCloudBase/node-sdk at
 * b3c9dda879254ef769adc20aefbb116dd46c5eb7 (see harness.ts): unit/logic-operators,
 * unit/projection, unit/query-date, unit/order, unit/query.limit,
 * unit/regex-query, unit/geo and unit/geo-advanced. Geo values are stored and
 * read back like any value; geo queries (geoNear, geoWithin) are not
 * implemented locally and are asserted to fail loudly as "unsupported".
 */
import { removed, rows, run, seed, updated, type Db, type Doc } from './harness'

const coll = (db: Db) => db.collection('coll')
const find = (db: Db, where: object) => rows(coll(db).where(where).get())

describe('logic-operators.test.ts', () => {
  const date = new Date()
  const data = [
    { category: 'Web', tags: ['JavaScript', 'C#'], date },
    { category: 'Web', tags: ['Go', 'C#'] },
    { category: 'Life', tags: ['Go', 'Python', 'JavaScript'] },
  ]
  test('验证多字段or', async () => {
    const db = await seed({ coll: data })
    const or = db.command.or as unknown as (...c: object[]) => object
    expect(await find(db, or({ category: 'Life' }, { date }))).toHaveLength(2)
  })
  test('nor', async () => {
    const db = await seed({ coll: data })
    const nor = db.command.nor as unknown as (...c: object[]) => object
    expect(await find(db, { category: nor(db.command.eq('Life'), db.command.eq('Web')) })).toEqual([])
  })
  test('or date', async () => {
    const db = await seed({ coll: data })
    const or = db.command.or as unknown as (...c: unknown[]) => object
    expect((await find(db, { date: or(date, new Date(date.getTime() + 10000)) })).length).toBeGreaterThan(0)
  })
})

describe('projection.test.ts', () => {
  const data = [
    { category: 'Web', tags: ['JavaScript', 'C#'] },
    { category: 'Web', tags: ['Go', 'C#'] },
    { category: 'Life', tags: ['Go', 'Python', 'JavaScript'] },
  ]
  test('slice', async () => {
    const db = await seed({ coll: data })
    const slice = (db.command as unknown as { project: { slice(n: number): object } }).project.slice(1)
    const res = await rows(coll(db).field({ tags: slice }).get())
    expect(res.map((d) => (d.tags as unknown[]).length)).toEqual([1, 1, 1])
  })
  test('projection true false', async () => {
    const db = await seed({ coll: data })
    const res = await rows(coll(db).field({ category: true }).get())
    for (const item of res) expect(item.category).toBeTruthy()
    expect(res.every((d) => d.tags === undefined)).toBe(true)
  })
  test('projection 1 0', async () => {
    const db = await seed({ coll: data })
    const res = await rows(
      coll(db)
        .field({ category: 0 } as never)
        .get(),
    )
    expect(Object.keys(res[0])).not.toContain('category')
  })
})

describe('query-date.test.ts', () => {
  const data = [{ date: new Date(1565314149491) }, { date: new Date(1565314249491) }, { date: new Date(1565314349491) }]
  const withServerDate = async () => {
    const db = await seed({ coll: data })
    await coll(db).add({ data: { date: db.serverDate() } })
    return db
  }
  test('直接匹配', async () => {
    const db = await withServerDate()
    expect(await find(db, { date: new Date(1565314149491) })).toHaveLength(1)
  })
  test('eq', async () => {
    const db = await withServerDate()
    expect(await find(db, { date: db.command.eq(new Date(1565314149491)) })).toHaveLength(1)
  })
  test('gte (lte upstream)', async () => {
    const db = await withServerDate()
    expect(await find(db, { date: db.command.lte(new Date(1565314349491)) })).toHaveLength(3)
  })
})

describe('order.test.ts', () => {
  test('Document - OrderBy', async () => {
    const db = await seed({
      coll: [
        { category: '类别B', value: 0.5 },
        { category: '类别C', value: 0.2 },
        { category: '类别A', value: 0.9 },
      ],
    })
    const res = await rows(coll(db).where({ category: /^类别/i }).orderBy('category', 'asc').get())
    expect(res[0].category).toBe('类别A')
    expect(res[res.length - 1].category).toBe('类别C')
    expect(
      await removed(
        coll(db)
          .where({ category: db.RegExp({ regexp: '^类别' }) })
          .remove(),
      ),
    ).toBe(3)
  })
})

describe('query.limit.test.ts', () => {
  const many = () => seed({ coll: Array.from({ length: 1001 }, () => ({ luke: 'luke-limit-test' })) })
  test('query with limit 1000', async () => {
    expect(
      await rows(
        coll(await many())
          .where({})
          .limit(1000)
          .get(),
      ),
    ).toHaveLength(1000)
  })
  test('query with limit > 1000', async () => {
    expect(
      await rows(
        coll(await many())
          .where({})
          .limit(1001)
          .get(),
      ),
    ).toHaveLength(1000)
  })
  test('query with limit < 1000', async () => {
    expect(
      await rows(
        coll(await many())
          .where({})
          .limit(101)
          .get(),
      ),
    ).toHaveLength(101)
  })
  test('query with limit default 100', async () => {
    expect(
      await rows(
        coll(await many())
          .where({})
          .get(),
      ),
    ).toHaveLength(100)
  })
})

describe('regex-query.test.ts', () => {
  test('Document - CRUD with regular expressions', async () => {
    const db = await seed({
      coll: [{ name: 'AbCdEfxxxxxxxxxxxxxx1234结尾', name2: 'fffffffffffffffffff', array: [1, 2, 3, [4, 5, 6]] }],
    })
    const re = (regexp: string) => db.RegExp({ regexp, options: 'i' })
    const _ = db.command
    const or = _.or as unknown as (...c: unknown[]) => object
    expect(await find(db, { name: /^abcdef.*\d+结尾$/i })).toHaveLength(1)
    expect(await find(db, { name: re('^abcdef.*\\d+结尾$') })).toHaveLength(1)
    expect(await find(db, { name: re('^abcdef.*\\d+结尾$'), name2: /fff/ })).toHaveLength(1)
    expect(await find(db, _.or([{ name: re('^abcdef.*\\d+结尾$') }, { name2: re('fffffff') }]))).toHaveLength(1)
    const either = { name: or(re('^abcdef.*\\d+结尾$'), re('^fffffff$')) }
    expect(await find(db, either)).toHaveLength(1)
    expect(
      await updated(
        coll(db)
          .where(either)
          .update({ data: { name: 'ABCDEFxxxx5678结尾' } }),
      ),
    ).toBe(1)
    expect(
      await removed(
        coll(db)
          .where({ name: re('^abcdef.*\\d+结尾$') })
          .remove(),
      ),
    ).toBe(1)
  })
})

describe('geo.test.ts / geo-advanced.test.ts', () => {
  /** wx-server-sdk wraps the Geo constructors, so read values are checked by their class name. */
  const className = (v: unknown) => (v as object).constructor.name
  const geo = (db: Db) => db.Geo as unknown as Record<string, new (...a: unknown[]) => object>
  test('GEO Point - CRUD: a point is stored and read back as a Point', async () => {
    const db = await seed({})
    const { Point } = geo(db)
    const point = new Point(-180, 20)
    const data = {
      point,
      pointArr: [point, point, point],
      int: 100,
      array: [{ string: '0000000', geo: new Point(90, 23), null: null }],
    }
    const { _id } = await run<{ _id: string }>(coll(db).add({ data }))
    const set = await run<{ stats: { updated: number } }>(coll(db).doc(_id).set({ data }))
    expect(set.stats.updated).toBe(1)
    const [doc] = await find(db, { _id })
    expect(className(doc.point)).toBe('Point')
    expect(doc.point).toEqual(point)
    expect(await removed(coll(db).where({ _id }).remove())).toBe(1)
  })
  test('GEO Advanced - CRUD: every GeoJSON type is read back as its class', async () => {
    const db = await seed({})
    const { Point, LineString, Polygon, MultiPoint } = geo(db)
    const ring = new LineString([
      new Point(-2, -2),
      new Point(2, -2),
      new Point(2, 2),
      new Point(-2, 2),
      new Point(-2, -2),
    ])
    const data: Doc = {
      point: new Point(10, 20),
      line: new LineString([new Point(1, 2), new Point(3, 4)]),
      polygon: new Polygon([ring]),
      multiPoint: new MultiPoint([new Point(1, 1), new Point(2, 2)]),
    }
    const { _id } = await run<{ _id: string }>(coll(db).add({ data }))
    const [doc] = await find(db, { _id })
    expect(className(doc.line)).toBe('LineString')
    expect(className(doc.polygon)).toBe('Polygon')
    expect(className(doc.multiPoint)).toBe('MultiPoint')
    expect(doc).toEqual({ _id, ...data })
  })
  test('GEO - geoNear is not implemented locally and fails loudly', async () => {
    const db = await seed({})
    const { Point } = geo(db)
    await coll(db).add({ data: { point: new Point(22, 33) } })
    const near = db.command.geoNear({ geometry: new Point(22, 33) as never, maxDistance: 1, minDistance: 0 })
    await expect(find(db, { point: near })).rejects.toMatchObject({
      errMsg: expect.stringContaining('unsupported geo query'),
    })
  })
  test('GEO - geoWithin geometry is not implemented locally and fails loudly, also in remove', async () => {
    const db = await seed({})
    const { Point, LineString, Polygon } = geo(db)
    await coll(db).add({ data: { point: new Point(0, 0) } })
    const ring = new LineString([
      new Point(-2, -2),
      new Point(2, -2),
      new Point(2, 2),
      new Point(-2, 2),
      new Point(-2, -2),
    ])
    const within = { point: db.command.geoWithin({ geometry: new Polygon([ring]) as never }) }
    await expect(find(db, within)).rejects.toMatchObject({ errMsg: expect.stringContaining('unsupported geo query') })
    await expect(coll(db).where(within).remove()).rejects.toMatchObject({
      errMsg: expect.stringContaining('unsupported geo query'),
    })
  })
  test('GEO - geoWithin centerSphere is not implemented locally and fails loudly', async () => {
    const db = await seed({})
    const { Point } = geo(db)
    await coll(db).add({ data: { point: new Point(-88, 30.001) } })
    const within = { point: db.command.geoWithin({ centerSphere: [[-88, 30], 10 / 6378.1] } as never) }
    await expect(find(db, within)).rejects.toMatchObject({ errMsg: expect.stringContaining('unsupported geo query') })
  })
})
