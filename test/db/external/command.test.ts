/**
 * Port of test/database/unit/command.test.ts (accumulator, conditional and
 * literal operators; string, object and set operators are in commandStrings.test.ts)
 * from TencentCloudBase/node-sdk at b3c9dda879254ef769adc20aefbb116dd46c5eb7 (see harness.ts).
 */
import { $, agg } from './harness'

describe('accumulators', () => {
  const scores = [
    { group: 'a', score: 84 },
    { group: 'a', score: 96 },
    { group: 'b', score: 80 },
    { group: 'b', score: 100 },
  ]
  test('stdDevPop: 计算不同组的标准差', async () => {
    const res = await agg({ students: scores }, 'students', (a, db) =>
      a.group({ _id: '$group', stdDev: $(db).stdDevPop('$score') }),
    )
    const byGroup = Object.fromEntries(res.map((d) => [d._id, d.stdDev]))
    expect(byGroup).toEqual({ a: 6, b: 10 })
  })
  test('stdDevSamp: 计算标准样本偏差', async () => {
    const res = await agg({ students: [{ score: 80 }, { score: 100 }] }, 'students', (a, db) =>
      a.group({ _id: null, ageStdDev: $(db).stdDevSamp('$score') }),
    )
    expect((res[0].ageStdDev as number).toFixed(2)).toBe('14.14')
  })
  const goods = [
    { cost: -10, price: 100 },
    { cost: -15, price: 1 },
    { cost: -10, price: 10 },
  ]
  test('sum: 参数为单独字段', async () => {
    const res = await agg({ goods: goods }, 'goods', (a, db) => a.group({ _id: null, totalPrice: $(db).sum('$price') }))
    expect(res[0].totalPrice).toBe(111)
  })
  test('sum: 参数为字段列表', async () => {
    const res = await agg({ goods: goods }, 'goods', (a, db) =>
      a.group({ _id: null, totalProfit: $(db).sum($(db).sum(['$price', '$cost'])) }),
    )
    expect(res[0].totalProfit).toBe(76)
  })
  test('let', async () => {
    const docs = [
      { cost: -10, discount: 0.95, price: 100 },
      { cost: -15, discount: 0.98, price: 1 },
      { cost: -10, discount: 1, price: 10 },
    ]
    const res = await agg({ goods: docs }, 'goods', (a, db) =>
      a.project({
        profit: $(db).let({
          vars: { priceTotal: $(db).multiply(['$price', '$discount']) },
          in: $(db).sum(['$$priceTotal', '$cost']),
        }),
      }),
    )
    expect(res).toHaveLength(3)
  })
})

describe('条件操作符', () => {
  const goods = [
    { name: 'a', amount: 100, desc: 'A' },
    { name: 'b', amount: 200, desc: null },
    { name: 'c', amount: 300 },
  ]
  test('cond', async () => {
    const res = await agg({ goods: goods }, 'goods', (a, db) =>
      a.project({ _id: 0, name: 1, discount: $(db).cond({ if: $(db).gte(['$amount', 200]), then: 0.7, else: 0.9 }) }),
    )
    expect(res).toEqual([
      { name: 'a', discount: 0.9 },
      { name: 'b', discount: 0.7 },
      { name: 'c', discount: 0.7 },
    ])
  })
  test('ifNull', async () => {
    const res = await agg({ goods: goods }, 'goods', (a, db) =>
      a.project({ _id: 0, name: 1, desc: $(db).ifNull(['$desc', 'Not defined']) }),
    )
    expect(res).toEqual([
      { desc: 'A', name: 'a' },
      { desc: 'Not defined', name: 'b' },
      { desc: 'Not defined', name: 'c' },
    ])
  })
  test('switch', async () => {
    const res = await agg({ goods: goods }, 'goods', (a, db) =>
      a.project({
        _id: 0,
        name: 1,
        discount: $(db).switch({
          branches: [
            { case: $(db).gt(['$amount', 250]), then: 0.8 },
            { case: $(db).gt(['$amount', 150]), then: 0.9 },
          ],
          default: 1,
        }),
      }),
    )
    expect(res).toEqual([
      { name: 'a', discount: 1 },
      { name: 'b', discount: 0.9 },
      { name: 'c', discount: 0.8 },
    ])
  })
})

describe('group操作符', () => {
  const students = [
    { group: 'a', name: 'stu1', score: 84 },
    { group: 'a', name: 'stu2', score: 96 },
    { group: 'b', name: 'stu3', score: 80 },
    { group: 'b', name: 'stu4', score: 100 },
  ]
  const passages = [
    { category: 'web', tags: ['JavaScript', 'CSS'], title: 'title1' },
    { category: 'System', tags: ['C++', 'C'], title: 'title2' },
  ]
  test('push', async () => {
    const res = await agg({ students: students }, 'students', (a, db) =>
      a.group({ _id: '$group', students: $(db).push({ name: '$name', score: '$score' }) }),
    )
    expect(res.every((item) => 'students' in item)).toBe(true)
  })
  test('max', async () => {
    const res = await agg({ students: students }, 'students', (a, db) =>
      a.group({ _id: '$group', maxScore: $(db).max('$score') }),
    )
    expect(res).toHaveLength(2)
  })
  test('min', async () => {
    const res = await agg({ students: students }, 'students', (a, db) =>
      a.group({ _id: '$group', minScore: $(db).min('$score') }),
    )
    expect(res).toHaveLength(2)
  })
  test('last', async () => {
    const res = await agg({ students: students }, 'students', (a, db) =>
      a.sort({ score: 1 }).group({ _id: null, max: $(db).last('$score') }),
    )
    expect(res[0].max).toBe(100)
  })
  test('first', async () => {
    const res = await agg({ students: students }, 'students', (a, db) =>
      a.sort({ score: 1 }).group({ _id: null, min: $(db).first('$score') }),
    )
    expect(res[0].min).toBe(80)
  })
  test('avg', async () => {
    const res = await agg({ students: students }, 'students', (a, db) =>
      a.group({ _id: null, average: $(db).avg('$score') }),
    )
    expect(res[0].average).toBe(90)
  })
  test('addToSet: 非数组字段', async () => {
    const res = await agg({ coll: passages }, 'coll', (a, db) =>
      a.group({ _id: null, categories: $(db).addToSet('$category') }),
    )
    expect(res[0].categories).toHaveLength(2)
  })
  test('addToSet: 数组字段', async () => {
    const res = await agg({ coll: passages }, 'coll', (a, db) =>
      a.group({ _id: null, tagsList: $(db).addToSet('$tags') }),
    )
    expect(res.some((item) => Array.isArray(item.tagsList))).toBe(true)
  })
})

describe('字面量操作符', () => {
  const prices = [{ price: '$1' }, { price: '$2.50' }, { price: '$3.60' }, { price: '$4.60' }]
  test('以字面量的形式使用$', async () => {
    const res = await agg({ goods: prices }, 'goods', (a, db) =>
      a.project({ _id: 0, isOneDollar: $(db).eq(['$price', $(db).literal('$1')]) }),
    )
    expect(res).toEqual([{ isOneDollar: true }, { isOneDollar: false }, { isOneDollar: false }, { isOneDollar: false }])
  })
  test('投影一个字段，对应的值为1', async () => {
    const res = await agg({ goods: prices }, 'goods', (a, db) =>
      a.project({ _id: 0, price: 1, amount: $(db).literal(1) }),
    )
    expect(res).toEqual([
      { amount: 1, price: '$1' },
      { amount: 1, price: '$2.50' },
      { amount: 1, price: '$3.60' },
      { amount: 1, price: '$4.60' },
    ])
  })
})
