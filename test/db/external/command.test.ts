/**
 * Port of test/database/unit/command.test.ts (aggregation expression operators)
 * from TencentCloudBase/node-sdk at b3c9dda879254ef769adc20aefbb116dd46c5eb7 (see
 * harness.ts). Skipped upstream and not ported: strLenBytes, strLenCP, substrCP.
 * The dateToString dates are `new Date('1999/12/12')` on the authors' machines,
 * i.e. local midnight in China (UTC+8); they are written with that offset here.
 */
import { list, seed, type Db, type Doc } from './harness'

type Agg = ReturnType<ReturnType<Db['collection']>['aggregate']>

async function agg(collection: string, docs: Doc[], build: (a: Agg, db: Db) => Agg): Promise<Doc[]> {
  const db = await seed({ [collection]: docs })
  return list(build(db.collection(collection).aggregate(), db).end())
}
const $ = (db: Db) => db.command.aggregate

describe('accumulators', () => {
  const scores = [
    { group: 'a', score: 84 },
    { group: 'a', score: 96 },
    { group: 'b', score: 80 },
    { group: 'b', score: 100 },
  ]
  test('stdDevPop: 计算不同组的标准差', async () => {
    const res = await agg('students', scores, (a, db) => a.group({ _id: '$group', stdDev: $(db).stdDevPop('$score') }))
    const byGroup = Object.fromEntries(res.map((d) => [d._id, d.stdDev]))
    expect(byGroup).toEqual({ a: 6, b: 10 })
  })
  test('stdDevSamp: 计算标准样本偏差', async () => {
    const res = await agg('students', [{ score: 80 }, { score: 100 }], (a, db) =>
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
    const res = await agg('goods', goods, (a, db) => a.group({ _id: null, totalPrice: $(db).sum('$price') }))
    expect(res[0].totalPrice).toBe(111)
  })
  test('sum: 参数为字段列表', async () => {
    const res = await agg('goods', goods, (a, db) =>
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
    const res = await agg('goods', docs, (a, db) =>
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
    const res = await agg('goods', goods, (a, db) =>
      a.project({ _id: 0, name: 1, discount: $(db).cond({ if: $(db).gte(['$amount', 200]), then: 0.7, else: 0.9 }) }),
    )
    expect(res).toEqual([
      { name: 'a', discount: 0.9 },
      { name: 'b', discount: 0.7 },
      { name: 'c', discount: 0.7 },
    ])
  })
  test('ifNull', async () => {
    const res = await agg('goods', goods, (a, db) =>
      a.project({ _id: 0, name: 1, desc: $(db).ifNull(['$desc', 'Not defined']) }),
    )
    expect(res).toEqual([
      { desc: 'A', name: 'a' },
      { desc: 'Not defined', name: 'b' },
      { desc: 'Not defined', name: 'c' },
    ])
  })
  test('switch', async () => {
    const res = await agg('goods', goods, (a, db) =>
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
    const res = await agg('students', students, (a, db) =>
      a.group({ _id: '$group', students: $(db).push({ name: '$name', score: '$score' }) }),
    )
    expect(res.every((item) => 'students' in item)).toBe(true)
  })
  test('max', async () => {
    const res = await agg('students', students, (a, db) => a.group({ _id: '$group', maxScore: $(db).max('$score') }))
    expect(res).toHaveLength(2)
  })
  test('min', async () => {
    const res = await agg('students', students, (a, db) => a.group({ _id: '$group', minScore: $(db).min('$score') }))
    expect(res).toHaveLength(2)
  })
  test('last', async () => {
    const res = await agg('students', students, (a, db) =>
      a.sort({ score: 1 }).group({ _id: null, max: $(db).last('$score') }),
    )
    expect(res[0].max).toBe(100)
  })
  test('first', async () => {
    const res = await agg('students', students, (a, db) =>
      a.sort({ score: 1 }).group({ _id: null, min: $(db).first('$score') }),
    )
    expect(res[0].min).toBe(80)
  })
  test('avg', async () => {
    const res = await agg('students', students, (a, db) => a.group({ _id: null, average: $(db).avg('$score') }))
    expect(res[0].average).toBe(90)
  })
  test('addToSet: 非数组字段', async () => {
    const res = await agg('coll', passages, (a, db) => a.group({ _id: null, categories: $(db).addToSet('$category') }))
    expect(res[0].categories).toHaveLength(2)
  })
  test('addToSet: 数组字段', async () => {
    const res = await agg('coll', passages, (a, db) => a.group({ _id: null, tagsList: $(db).addToSet('$tags') }))
    expect(res.some((item) => Array.isArray(item.tagsList))).toBe(true)
  })
})

describe('字面量操作符', () => {
  const prices = [{ price: '$1' }, { price: '$2.50' }, { price: '$3.60' }, { price: '$4.60' }]
  test('以字面量的形式使用$', async () => {
    const res = await agg('goods', prices, (a, db) =>
      a.project({ _id: 0, isOneDollar: $(db).eq(['$price', $(db).literal('$1')]) }),
    )
    expect(res).toEqual([{ isOneDollar: true }, { isOneDollar: false }, { isOneDollar: false }, { isOneDollar: false }])
  })
  test('投影一个字段，对应的值为1', async () => {
    const res = await agg('goods', prices, (a, db) => a.project({ _id: 0, price: 1, amount: $(db).literal(1) }))
    expect(res).toEqual([
      { amount: 1, price: '$1' },
      { amount: 1, price: '$2.50' },
      { amount: 1, price: '$3.60' },
      { amount: 1, price: '$4.60' },
    ])
  })
})

describe('字符串操作符', () => {
  const students = [
    {
      birthday: '1999/12/12',
      date: new Date('1999-12-12T00:00:00+08:00'),
      firstName: 'Yuanxin',
      group: 'a',
      lastName: 'Dong',
      score: 84,
    },
    {
      birthday: '1998/11/11',
      date: new Date('1998-11-11T00:00:00+08:00'),
      firstName: 'Weijia',
      group: 'a',
      lastName: 'Wang',
      score: 96,
    },
    {
      birthday: '1997/10/10',
      date: new Date('1997-10-10T00:00:00+08:00'),
      firstName: 'Chengxi',
      group: 'b',
      lastName: 'Li',
      score: 80,
    },
  ]
  const project = (fields: (db: Db) => Doc) =>
    agg('students', students, (a, db) => a.project({ _id: 0, ...fields(db) }))
  test('concat', async () => {
    expect(await project((db) => ({ fullName: $(db).concat(['$firstName', ' ', '$lastName']) }))).toEqual([
      { fullName: 'Yuanxin Dong' },
      { fullName: 'Weijia Wang' },
      { fullName: 'Chengxi Li' },
    ])
  })
  test('dateToString: 格式化日期', async () => {
    expect(await project((db) => ({ formatDate: $(db).dateToString({ date: '$date', format: '%Y-%m-%d' }) }))).toEqual([
      { formatDate: '1999-12-11' },
      { formatDate: '1998-11-10' },
      { formatDate: '1997-10-09' },
    ])
  })
  test('dateToString: 时区时间', async () => {
    const res = await project((db) => ({
      formatDate: $(db).dateToString({ date: '$date', format: '%H:%M:%S', timezone: 'Asia/Shanghai' }),
    }))
    expect(res.every((item) => item.formatDate === '00:00:00')).toBe(true)
  })
  test('dateToString: 缺失情况的默认值', async () => {
    const res = await project((db) => ({ formatDate: $(db).dateToString({ date: '$empty', onNull: 'null' }) }))
    expect(res.every((item) => item.formatDate === 'null')).toBe(true)
  })
  test('indexOfBytes', async () => {
    expect(await project((db) => ({ aStrIndex: $(db).indexOfBytes(['$firstName', 'a']) }))).toEqual([
      { aStrIndex: 2 },
      { aStrIndex: 5 },
      { aStrIndex: -1 },
    ])
  })
  test('indexOfCP', async () => {
    expect(await project((db) => ({ aStrIndex: $(db).indexOfCP(['$firstName', 'a']) }))).toEqual([
      { aStrIndex: 2 },
      { aStrIndex: 5 },
      { aStrIndex: -1 },
    ])
  })
  test('split', async () => {
    expect(await project((db) => ({ birthday: $(db).split(['$birthday', '/']) }))).toEqual([
      { birthday: ['1999', '12', '12'] },
      { birthday: ['1998', '11', '11'] },
      { birthday: ['1997', '10', '10'] },
    ])
  })
  test('strcasecmp', async () => {
    expect(await project((db) => ({ result: $(db).strcasecmp(['$firstName', '$lastName']) }))).toEqual([
      { result: 1 },
      { result: 1 },
      { result: -1 },
    ])
  })
  const dayMonthYear = [
    { day: '12', month: '12', year: '1999' },
    { day: '11', month: '11', year: '1998' },
    { day: '10', month: '10', year: '1997' },
  ]
  test('substr', async () => {
    const res = await project((db) => ({
      year: $(db).substr(['$birthday', 0, 4]),
      month: $(db).substr(['$birthday', 5, 2]),
      day: $(db).substr(['$birthday', 8, -1]),
    }))
    expect(res).toEqual(dayMonthYear)
  })
  test('substrBytes', async () => {
    const res = await project((db) => ({
      year: $(db).substrBytes(['$birthday', 0, 4]),
      month: $(db).substrBytes(['$birthday', 5, 2]),
      day: $(db).substrBytes(['$birthday', 8, -1]),
    }))
    expect(res).toEqual(dayMonthYear)
  })
  test('toLower', async () => {
    expect(await project((db) => ({ result: $(db).toLower('$firstName') }))).toEqual([
      { result: 'yuanxin' },
      { result: 'weijia' },
      { result: 'chengxi' },
    ])
  })
  test('toUpper', async () => {
    expect(await project((db) => ({ result: $(db).toUpper('$lastName') }))).toEqual([
      { result: 'DONG' },
      { result: 'WANG' },
      { result: 'LI' },
    ])
  })
})

describe('mergeObjects', () => {
  const goods = [
    { name: 'A', foo: { a: 1 }, bar: { b: 2 } },
    { name: 'A', foo: { c: 1 }, bar: { d: 2 } },
    { name: 'A', foo: { e: 1 }, bar: { f: 2 } },
  ]
  test('在group中使用', async () => {
    const res = await agg('goods', goods, (a, db) =>
      a.group({ _id: '$name', mergedFoo: $(db).mergeObjects('$foo'), mergeBar: $(db).mergeObjects('$bar') }),
    )
    expect(res).toEqual([{ _id: 'A', mergedFoo: { a: 1, c: 1, e: 1 }, mergeBar: { b: 2, d: 2, f: 2 } }])
  })
  test('在group以外使用', async () => {
    const res = await agg('goods', goods, (a, db) =>
      a.project({ _id: 0, foobar: $(db).mergeObjects(['$foo', '$bar']) }),
    )
    expect(res).toEqual([{ foobar: { a: 1, b: 2 } }, { foobar: { c: 1, d: 2 } }, { foobar: { e: 1, f: 2 } }])
  })
})

describe('集合操作', () => {
  const arrays = [
    { arr: [true] },
    { arr: [] },
    { arr: [true, false] },
    { arr: [1] },
    { arr: [1, 0] },
    { arr: ['stark'] },
  ]
  test('allElementsTrue', async () => {
    const res = await agg('goods', arrays, (a, db) =>
      a.project({ _id: 0, allElementsTrue: $(db).allElementsTrue(['$arr']) }),
    )
    expect(res.map((d) => d.allElementsTrue)).toEqual([true, true, false, true, false, true])
  })
  test('anyElementTrue', async () => {
    const res = await agg('goods', arrays, (a, db) =>
      a.project({ _id: 0, anyElementTrue: $(db).anyElementTrue(['$arr']) }),
    )
    expect(res.map((d) => d.anyElementTrue)).toEqual([true, false, true, true, true, true])
  })
})

describe('集合操作2', () => {
  const sets = [
    { A: [1, 2], B: [1, 2] },
    { A: [1, 2], B: [2, 1, 2] },
    { A: [1, 2], B: [1, 2, 3] },
    { A: [1, 2], B: [3, 1] },
    { A: [1, 2], B: [] },
    { A: [1, 2], B: [{}, []] },
    { A: [], B: [] },
    { A: [], B: [1] },
  ]
  const setOp = async (name: string, op: (db: Db) => object) =>
    (await agg('goods', sets, (a, db) => a.project({ _id: 0, [name]: op(db) }))).map((d) => d[name])
  test('setDifference', async () => {
    expect(await setOp('isBOnly', (db) => $(db).setDifference(['$B', '$A']))).toEqual([
      [],
      [],
      [3],
      [3],
      [],
      [{}, []],
      [],
      [1],
    ])
  })
  test('setEquals', async () => {
    expect(await setOp('same', (db) => $(db).setEquals(['$A', '$B']))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      true,
      false,
    ])
  })
  test('setIntersection', async () => {
    expect(await setOp('i', (db) => $(db).setIntersection(['$A', '$B']))).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
      [1],
      [],
      [],
      [],
      [],
    ])
  })
  test('setIsSubset', async () => {
    expect(await setOp('s', (db) => $(db).setIsSubset(['$A', '$B']))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      true,
    ])
  })
  test('setUnion', async () => {
    expect(await setOp('u', (db) => $(db).setUnion(['$A', '$B']))).toEqual([
      [1, 2],
      [1, 2],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2],
      [1, 2, {}, []],
      [],
      [1],
    ])
  })
})
