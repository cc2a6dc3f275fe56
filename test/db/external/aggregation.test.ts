/**
 * Port of test/database/unit/aggregation.test.ts and lookup-pipeline.test.ts from
 * TencentCloudBase/node-sdk at b3c9dda879254ef769adc20aefbb116dd46c5eb7 (see
 * harness.ts). The upstream "mongodb raw" case uses node-sdk's options({raw}),
 * which wx-server-sdk does not expose, and is not ported. $geoNear is not
 * implemented locally: its case asserts the loud "unsupported" failure.
 */
import { $, agg, pipeline, type Doc } from './harness'

const scores = [
  { author: 'stark', score: 80 },
  { author: 'stark', score: 85 },
  { author: 'bob', score: 60 },
  { author: 'li', score: 55 },
  { author: 'jimmy', score: 60 },
  { author: 'li', score: 94 },
  { author: 'justan', score: 95 },
]
const passages = [
  { category: 'Web', tags: ['JavaScript', 'C#'] },
  { category: 'Web', tags: ['Go', 'C#'] },
  { category: 'Life', tags: ['Go', 'Python', 'JavaScript'] },
]

describe('stages', () => {
  test('sample', async () => {
    expect(await agg({ users: [{ name: 'a' }, { name: 'b' }] }, 'users', (a) => a.sample({ size: 1 }))).toHaveLength(1)
  })
  test('sortByCount: 统计基础类型', async () => {
    expect(await agg({ coll: passages }, 'coll', (a) => a.sortByCount('$category'))).toHaveLength(2)
  })
  test('sortByCount: 解构数组类型', async () => {
    expect(await agg({ coll: passages }, 'coll', (a) => a.unwind('$tags').sortByCount('$tags'))).toHaveLength(4)
  })
  test('match: 匹配 字段 or 逻辑', async () => {
    const res = await agg({ articles: scores }, 'articles', (a, db) =>
      a.match({ author: db.command.or(db.command.eq('stark'), db.command.neq('stark')) }),
    )
    expect(res).toHaveLength(scores.length)
  })
  test('match: 匹配', async () => {
    expect((await agg({ articles: scores }, 'articles', (a) => a.match({ author: 'stark' })))[0].author).toBe('stark')
  })
  test('match: 计数', async () => {
    const res = await agg({ articles: scores }, 'articles', (a, db) =>
      a.match({ score: db.command.gt(80) }).group({ _id: null, count: $(db).sum(1) }),
    )
    expect(res[0].count).toBe(3)
  })
  const book = [{ title: 'This is title', author: 'Nobody', isbn: '123456789', introduction: '......' }]
  test('project: 指定包含某些字段', async () => {
    const [doc] = await agg({ articles: book }, 'articles', (a) => a.project({ title: 1, author: 1 }))
    expect(doc.author).toBeTruthy()
    expect(doc.title).toBeTruthy()
    expect(doc.isbn).toBeUndefined()
  })
  test('project: 去除输出中的 _id 字段', async () => {
    const [doc] = await agg({ articles: book }, 'articles', (a) => a.project({ _id: 0, title: 1, author: 1 }))
    expect(doc).toEqual({ author: 'Nobody', title: 'This is title' })
  })
  test('project: 加入计算出的新字段', async () => {
    const users = [{ name: '小明', scores: { chinese: 80, math: 90, english: 70 } }]
    const [doc] = await agg({ users }, 'users', (a, db) =>
      a.project({ _id: 0, name: 1, totalScore: $(db).sum(['$scores.chinese', '$scores.math', '$scores.english']) }),
    )
    expect(doc).toEqual({ name: '小明', totalScore: 240 })
  })
  test('project: 加入新的数组字段', async () => {
    const users = [
      { x: 1, y: 1 },
      { x: 2, y: 2 },
      { x: 3, y: 3 },
    ]
    const [doc] = await agg({ users }, 'users', (a) => a.project({ _id: 0, coordinate: ['$x', '$y'] }))
    expect(doc).toEqual({ coordinate: [1, 1] })
  })
  test('replaceRoot: 使用已有字段作为根节点', async () => {
    const users = [{ name: 'SFLS', teachers: { chinese: 22, math: 18, english: 21, other: 123 } }]
    const [doc] = await agg({ users }, 'users', (a) => a.replaceRoot({ newRoot: '$teachers' }))
    expect(doc).toEqual({ chinese: 22, math: 18, english: 21, other: 123 })
  })
  test('replaceRoot: 使用计算出的新字段作为根节点', async () => {
    const users = [
      { first_name: '四郎', last_name: '黄' },
      { first_name: '邦德', last_name: '马' },
      { first_name: '牧之', last_name: '张' },
    ]
    const [doc] = await agg({ users }, 'users', (a, db) =>
      a.replaceRoot({ newRoot: { full_name: $(db).concat(['$last_name', '$first_name']) } }),
    )
    expect(doc).toEqual({ full_name: '黄四郎' })
  })
  test('skip: 跳过一定数量的文档', async () => {
    const [doc] = await agg({ articles: scores }, 'articles', (a) => a.skip(6).project({ _id: 0 }))
    expect(doc).toEqual({ author: 'justan', score: 95 })
  })
  test('sort: 根据已有字段排序', async () => {
    const people = [
      { author: 'stark', score: 80, age: 18 },
      { author: 'bob', score: 60, age: 18 },
      { author: 'li', score: 55, age: 19 },
      { author: 'jimmy', score: 60, age: 22 },
      { author: 'justan', score: 95, age: 33 },
    ]
    const res = await agg({ articles: people }, 'articles', (a) => a.sort({ age: -1, score: -1 }).project({ _id: 0 }))
    expect(res[0]).toEqual({ author: 'justan', score: 95, age: 33 })
    expect(res[res.length - 1]).toEqual({ author: 'bob', score: 60, age: 18 })
  })
})

describe('unwind', () => {
  const products = [
    { product: 'tshirt', size: ['S', 'M', 'L'] },
    { product: 'pants', size: [] },
    { product: 'socks', size: null },
    { product: 'trousers', size: ['S'] },
    { product: 'sweater', size: ['M', 'L'] },
  ]
  test('解构', async () => {
    const res = await agg({ articles: products }, 'articles', (a) => a.unwind('$size').project({ _id: 0 }))
    expect(res).toHaveLength(6)
    expect(res[0]).toEqual({ product: 'tshirt', size: 'S' })
  })
  test('解构后，保留原数组索引', async () => {
    const res = await agg({ articles: products }, 'articles', (a) =>
      a.unwind({ path: '$size', includeArrayIndex: 'arrayIndex' }).project({ _id: 0 }),
    )
    expect(res).toHaveLength(6)
    expect(res[0]).toEqual({ arrayIndex: 0, product: 'tshirt', size: 'S' })
  })
  test('保留空值', async () => {
    const res = await agg({ articles: products }, 'articles', (a) =>
      a.unwind({ path: '$size', preserveNullAndEmptyArrays: true }).project({ _id: 0 }),
    )
    expect(res).toHaveLength(8)
    expect(res[0]).toEqual({ product: 'tshirt', size: 'S' })
  })
})

describe('Date', () => {
  const date = new Date(1557826731686)
  test('Date类型', async () => {
    expect(await agg({ articles: [{ date }] }, 'articles', (a) => a.project({ _id: 0 }))).toEqual([{ date }])
  })
  test('Date的各种操作符', async () => {
    const [doc] = await agg({ articles: [{ date }] }, 'articles', (a, db) =>
      a.project({
        _id: 0,
        date: 1,
        dayOfWeek: $(db).dayOfWeek('$date'),
        dayOfYear: $(db).dayOfYear('$date'),
        dayOfMonth: $(db).dayOfMonth('$date'),
        year: $(db).year('$date'),
        month: $(db).month('$date'),
        hour: $(db).hour('$date'),
        minute: $(db).minute('$date'),
        second: $(db).second('$date'),
        millisecond: $(db).millisecond('$date'),
        week: $(db).week('$date'),
        dateFromParts: $(db).dateFromParts({ year: 2017, month: 2, day: 8, hour: 12, timezone: 'America/New_York' }),
        dateFromString: $(db).dateFromString({ dateString: date.toISOString() }),
        isoDayOfWeek: $(db).isoDayOfWeek('$date'),
        isoWeek: $(db).isoWeek('$date'),
        isoWeekYear: $(db).isoWeekYear('$date'),
      }),
    )
    expect(doc).toEqual({
      date,
      year: 2019,
      month: 5,
      dayOfMonth: 14,
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      millisecond: date.getUTCMilliseconds(),
      dayOfYear: 134,
      dayOfWeek: 3,
      week: 19,
      dateFromParts: new Date('2017-02-08T17:00:00.000Z'),
      dateFromString: date,
      isoDayOfWeek: 2,
      isoWeek: 20,
      isoWeekYear: 2019,
    })
  })
})

describe('lookup', () => {
  test('lookup', async () => {
    const join1 = [
      { name: 'stark', age: 24 },
      { name: 'justan', age: 24 },
      { name: 'jimmy', age: 24 },
    ]
    const join2 = [
      { name: 'stark', gender: 'male' },
      { name: 'justan', gender: 'male' },
      { name: 'jimmy', gender: 'male' },
    ]
    const [doc] = await agg({ join1, join2 }, 'join1', (a) =>
      a.lookup({ from: 'join2', localField: 'name', foreignField: 'name', as: 'join' }),
    )
    expect(doc).toMatchObject({ name: 'stark', age: 24 })
    expect((doc.join as Doc[])[0].gender).toBe('male')
  })
  test('lookup-pipeline: lookup', async () => {
    const res = await agg({ coll: passages, coll2: passages }, 'coll', (a) =>
      a.lookup({ from: 'coll2', localField: 'category', foreignField: 'category', as: 'docs' }),
    )
    expect((res[0].docs as Doc[]).length).toBe(2)
  })
  test('lookup-pipeline: lookup with pipeline', async () => {
    const res = await agg({ coll: passages, coll2: passages }, 'coll', (a, db) =>
      a.lookup({ from: 'coll2', pipeline: pipeline(db).match({ category: 'Web' }).done(), as: 'docs' }),
    )
    expect(res.map((d) => (d.docs as Doc[]).length)).toEqual([2, 2, 2])
  })
})

describe('geoNear', () => {
  test('geoNear is not implemented locally and fails loudly', async () => {
    const date = new Date()
    const attractions = [
      { _id: 'geoNear.0', city: 'Guangzhou', date, name: 'Canton Tower' },
      { _id: 'geoNear.1', city: 'Hangzhou', date: new Date(date.getTime() - 1000), name: 'Baiyun Mountain' },
    ]
    const pending = agg({ attractions }, 'attractions', (a, db) =>
      a.geoNear({
        distanceField: 'distance',
        spherical: true,
        near: new db.Geo.Point(113.3089506, 23.0968251),
        query: { city: /zhou/, date: db.command.lt(date) },
        key: 'location',
        includeLocs: 'location',
      }),
    )
    await expect(pending).rejects.toMatchObject({
      errMsg: expect.stringContaining('unsupported aggregate stage $geoNear'),
    })
  })
})
