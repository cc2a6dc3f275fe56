/** Period boundaries are those of Asia/Shanghai: an event at 00:30 on the 1st belongs to the new month, quarter and year. */
import type { StatsPeriodInput } from '../../cloudfunctions/common/contract/stats'
import type { TestCloud } from '../helpers/testCloud'
import { startTestCloud } from '../helpers/testCloud'
import { collections } from '../../cloudfunctions/common/db/collections'
import { UNITS, event, ledger, MEMBERS, openidOf } from './fixture'
import { freezeTime, month, quarter, year } from './setup'

const NOW = new Date('2027-02-10T04:00:00Z')
const ALL = ['m1', 'm2', 'm3', 'm4', 'm5']
let t: TestCloud

beforeAll(async () => {
  freezeTime(NOW)
  t = await startTestCloud({ seed: false, now: NOW })
  await t.db.collection(collections.units.name).add({ data: UNITS })
  await t.db.collection(collections.members.name).add({ data: MEMBERS })
  await t.db.collection(collections.events.name).add({
    data: [
      // 2026-09-30 23:30 Shanghai: September, Q3.
      event('q3-last', 'theme_day', '2026-09-30T15:30:00Z', ALL),
      // 2026-10-01 00:30 Shanghai: October, Q4.
      event('q4-first', 'theme_day', '2026-09-30T16:30:00Z', ALL),
      // 2026-12-31 23:30 Shanghai: December, Q4, 2026.
      event('y2026-last', 'party_lecture', '2026-12-31T15:30:00Z', ALL),
      // 2027-01-01 00:30 Shanghai: January, Q1, 2027.
      event('y2027-first', 'party_lecture', '2026-12-31T16:30:00Z', ALL),
    ],
  })
  await t.db.collection(collections.pointsLedger.name).add({
    data: [
      ledger('late-december', 'm1', 3, '2026-12-31T15:59:59Z'),
      ledger('new-year', 'm1', 4, '2026-12-31T16:00:00Z'),
    ],
  })
})
afterAll(() => jest.useRealTimers())

const figuresOf = async (period: StatsPeriodInput) =>
  (await t.ok(openidOf('l1'), 'stats', 'branchReport', { period, branchId: 'b1' })).branch.figures

const heldIds = async (period: StatsPeriodInput) =>
  (await t.ok(openidOf('l1'), 'stats', 'branchReport', { period, branchId: 'b1' })).events.map((row) => row.eventId)

describe('period boundaries in Asia/Shanghai', () => {
  it('splits months at local midnight', async () => {
    expect(await heldIds(month('2026-09'))).toEqual(['q3-last'])
    expect(await heldIds(month('2026-10'))).toEqual(['q4-first'])
    expect(await heldIds(month('2026-12'))).toEqual(['y2026-last'])
    expect(await heldIds(month('2027-01'))).toEqual(['y2027-first'])
  })

  it('splits quarters at local midnight', async () => {
    expect(await heldIds(quarter('2026-Q3'))).toEqual(['q3-last'])
    expect(await heldIds(quarter('2026-Q4'))).toEqual(['q4-first', 'y2026-last'])
    expect(await heldIds(quarter('2027-Q1'))).toEqual(['y2027-first'])
  })

  it('splits years at local midnight, for events and for points', async () => {
    expect(await heldIds(year('2026'))).toEqual(['q3-last', 'q4-first', 'y2026-last'])
    expect(await heldIds(year('2027'))).toEqual(['y2027-first'])
    expect((await figuresOf(year('2026'))).points.total).toBe(3)
    expect((await figuresOf(year('2027'))).points.total).toBe(4)
    expect((await figuresOf(month('2027-01'))).pointsByMonth).toEqual([{ month: '2027-01', points: 4 }])
  })

  it('judges an ended quarter fully: every month and the quarter itself are due', async () => {
    const figures = await figuresOf(quarter('2026-Q4'))
    const theme = figures.byType.find((item) => item.type === 'theme_day')!
    expect(theme).toMatchObject({ due: 3, satisfied: 1, missing: ['2026年11月', '2026年12月'] })
    expect(figures.byType.find((item) => item.type === 'party_lecture')).toMatchObject({ due: 1, satisfied: 1 })
    expect(figures.byType.find((item) => item.type === 'general_meeting')).toMatchObject({ due: 1, satisfied: 0 })
  })
})
