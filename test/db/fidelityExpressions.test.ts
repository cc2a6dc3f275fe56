/**
 * Conformance: aggregation expressions where the local engine once answered
 * differently from the cloud (issue 13). Each test names the documentation it follows.
 */
import { freshCloud } from '../helpers/localCloud'
import { sdk, specs } from './fixtures'

type Db = ReturnType<typeof freshCloud>['db']
type List = { list: Record<string, unknown>[] }

async function project(doc: Record<string, unknown>, fields: (db: Db) => Record<string, unknown>) {
  const { db } = freshCloud(specs)
  await sdk(db.collection('orders').add({ data: { _id: 'x', ...doc } }))
  const res = await sdk<List>(
    db
      .collection('orders')
      .aggregate()
      .project({ _id: 0, ...fields(db) })
      .end(),
  )
  return res.list[0]
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('date operators follow MongoDB (docs: aggregation date expression operators)', () => {
  test('$week: weeks start on Sunday, days before the first Sunday are week 0 (MongoDB $week)', async () => {
    const weeks = async (iso: string) =>
      (await project({ d: day(iso) }, (db) => ({ w: db.command.aggregate.week('$d') }))).w
    expect(await weeks('2019-05-14')).toBe(19)
    expect(await weeks('2019-01-06')).toBe(1)
    expect(await weeks('2019-01-05')).toBe(0)
    expect(await weeks('2016-12-31')).toBe(52)
  })
  test('ISO week, ISO week year and ISO day of week at a year boundary (MongoDB $isoWeek/$isoWeekYear)', async () => {
    const r = await project({ a: day('2016-01-01'), b: day('2018-12-31') }, (db) => {
      const $ = db.command.aggregate
      return {
        aw: $.isoWeek('$a'),
        ay: $.isoWeekYear('$a'),
        ad: $.isoDayOfWeek('$a'),
        bw: $.isoWeek('$b'),
        by: $.isoWeekYear('$b'),
      }
    })
    expect(r).toEqual({ aw: 53, ay: 2015, ad: 5, bw: 1, by: 2019 })
  })
  test('MongoDB doc example 2014-01-01T08:15:39.736Z: every date part', async () => {
    const r = await project({ d: new Date('2014-01-01T08:15:39.736Z') }, (db) => {
      const $ = db.command.aggregate
      return {
        year: $.year('$d'),
        month: $.month('$d'),
        day: $.dayOfMonth('$d'),
        hour: $.hour('$d'),
        minutes: $.minute('$d'),
        seconds: $.second('$d'),
        ms: $.millisecond('$d'),
        dayOfYear: $.dayOfYear('$d'),
        dayOfWeek: $.dayOfWeek('$d'),
        week: $.week('$d'),
      }
    })
    expect(r).toEqual({
      year: 2014,
      month: 1,
      day: 1,
      hour: 8,
      minutes: 15,
      seconds: 39,
      ms: 736,
      dayOfYear: 1,
      dayOfWeek: 4,
      week: 0,
    })
  })
  test('timezone argument: Olson names use the offset in force at that date, offsets are ±hh:mm', async () => {
    const r = await project(
      { summer: new Date('2021-07-01T03:30:00Z'), winter: new Date('2021-01-01T03:30:00Z') },
      (db) => {
        const $ = db.command.aggregate
        return {
          ny: $.hour({ date: '$summer', timezone: 'America/New_York' }),
          nyWinter: $.hour({ date: '$winter', timezone: 'America/New_York' }),
          sh: $.dayOfMonth({ date: '$winter', timezone: 'Asia/Shanghai' }),
          minus: $.minute({ date: '$summer', timezone: '-05:30' }),
          plain: $.hour({ date: '$summer', timezone: '+0800' }),
        }
      },
    )
    expect(r).toEqual({ ny: 23, nyWinter: 22, sh: 1, minus: 0, plain: 11 })
  })
  test('$dateToString %U %V %G %u and %z in a timezone (MongoDB $dateToString format specifiers)', async () => {
    const r = await project({ d: new Date('2018-12-31T20:00:00Z') }, (db) => ({
      s: db.command.aggregate.dateToString({ date: '$d', format: '%G-W%V-%u %U %Y-%m-%d %H %z', timezone: '+08:00' }),
    }))
    expect(r.s).toBe('2019-W01-2 00 2019-01-01 04 +0800')
  })
  test('$dateFromParts with an Olson timezone gives the instant of that wall-clock time', async () => {
    const r = await project({}, (db) => ({
      d: db.command.aggregate.dateFromParts({ year: 2021, month: 7, day: 1, hour: 12, timezone: 'America/New_York' }),
    }))
    expect((r.d as Date).toISOString()).toBe('2021-07-01T16:00:00.000Z')
  })
  test('$dateFromString applies an offset in the string and refuses an unparsable one without onError (MongoDB $dateFromString)', async () => {
    const r = await project({}, (db) => {
      const $ = db.command.aggregate
      return {
        off: $.dateFromString({ dateString: '2017-02-08T12:10:40.787+08:00' }),
        ny: $.dateFromString({ dateString: '2017-02-08T12:10:40.787', timezone: 'America/New_York' }),
        fallback: $.dateFromString({ dateString: 'not a date', onError: 'x' }),
      }
    })
    expect(r).toEqual({
      off: new Date('2017-02-08T04:10:40.787Z'),
      ny: new Date('2017-02-08T17:10:40.787Z'),
      fallback: 'x',
    })
    await expect(
      project({}, (db) => ({ d: db.command.aggregate.dateFromString({ dateString: 'not a date' }) })),
    ).rejects.toMatchObject({ errMsg: expect.stringContaining('error parsing date string') })
  })
  test('an unknown timezone fails instead of being ignored', async () => {
    await expect(
      project({ d: new Date() }, (db) => ({ h: db.command.aggregate.hour({ date: '$d', timezone: 'Mars/Olympus' }) })),
    ).rejects.toMatchObject({
      errMsg: expect.stringContaining('Mars/Olympus'),
    })
  })
})

describe('string operators (MongoDB $indexOfCP, $substrBytes)', () => {
  test('$indexOfCP counts code points and honours start/end', async () => {
    const r = await project({ s: 'cafétéria' }, (db) => {
      const $ = db.command.aggregate
      return {
        a: $.indexOfCP(['$s', 't']),
        b: $.indexOfCP(['$s', 'é', 4]),
        c: $.indexOfCP(['$s', 'z']),
        d: $.indexOfCP(['$missing', 'a']),
      }
    })
    expect(r).toEqual({ a: 4, b: 5, c: -1, d: null })
  })
  test('$substrBytes with a negative length reads to the end of the string', async () => {
    const r = await project({ birthday: '1999/12/12' }, (db) => {
      const $ = db.command.aggregate
      return {
        year: $.substrBytes(['$birthday', 0, 4]),
        day: $.substrBytes(['$birthday', 8, -1]),
        all: $.substrBytes(['$birthday', 0, 10]),
      }
    })
    expect(r).toEqual({ year: '1999', day: '12', all: '1999/12/12' })
  })
  test('$substrBytes refuses a range that splits a UTF-8 character', async () => {
    await expect(
      project({ s: '支部' }, (db) => ({ x: db.command.aggregate.substrBytes(['$s', 1, 2]) })),
    ).rejects.toMatchObject({
      errMsg: expect.stringContaining('UTF-8'),
    })
  })
})
