/**
 * Port of test/database/unit/command.test.ts (string, object and set expression
 * operators; accumulators and conditionals are in command.test.ts) from TencentCloudBase/node-sdk at b3c9dda879254ef769adc20aefbb116dd46c5eb7 (see
 * harness.ts). Skipped upstream and not ported: strLenBytes, strLenCP, substrCP.
 * The dateToString dates are `new Date('1999/12/12')` on the authors' machines,
 * i.e. local midnight in China (UTC+8); they are written with that offset here.
 */
import { $, agg, type Db, type Doc } from './harness'

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
    agg({ students: students }, 'students', (a, db) => a.project({ _id: 0, ...fields(db) }))
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
    const res = await agg({ goods: goods }, 'goods', (a, db) =>
      a.group({ _id: '$name', mergedFoo: $(db).mergeObjects('$foo'), mergeBar: $(db).mergeObjects('$bar') }),
    )
    expect(res).toEqual([{ _id: 'A', mergedFoo: { a: 1, c: 1, e: 1 }, mergeBar: { b: 2, d: 2, f: 2 } }])
  })
  test('在group以外使用', async () => {
    const res = await agg({ goods: goods }, 'goods', (a, db) =>
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
    const res = await agg({ goods: arrays }, 'goods', (a, db) =>
      a.project({ _id: 0, allElementsTrue: $(db).allElementsTrue(['$arr']) }),
    )
    expect(res.map((d) => d.allElementsTrue)).toEqual([true, true, false, true, false, true])
  })
  test('anyElementTrue', async () => {
    const res = await agg({ goods: arrays }, 'goods', (a, db) =>
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
    (await agg({ goods: sets }, 'goods', (a, db) => a.project({ _id: 0, [name]: op(db) }))).map((d) => d[name])
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
