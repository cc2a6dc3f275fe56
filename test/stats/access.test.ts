/** Who sees what, and what a bad request gets: a clear error and nothing written. */
import type { TestCloud } from '../helpers/testCloud'
import { collections } from '../../cloudfunctions/common/db/collections'
import { fixtureCloud, freezeTime, leader, month, plainMember, secretary } from './setup'
import { openidOf } from './fixture'

let t: TestCloud
beforeAll(async () => {
  freezeTime()
  t = await fixtureCloud()
})
afterAll(() => jest.useRealTimers())

const snapshotCount = async () => (await t.db.collection(collections.statsSnapshots.name).count()).total

describe('permissions', () => {
  it('gives a plain member no dashboard and no branch report', async () => {
    for (const action of ['dashboard', 'exportDashboard'] as const) {
      const result = await t.call(plainMember, 'stats', action, { period: month('2026-11') })
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    for (const action of ['branchReport', 'refreshStats', 'exportBranchReport'] as const) {
      const result = await t.call(plainMember, 'stats', action, { period: month('2026-11') })
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
  })

  it('gives a secretary their own branch only, and no dashboard', async () => {
    expect(await t.call(secretary, 'stats', 'dashboard', { period: month('2026-11') })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const own = await t.ok(secretary, 'stats', 'branchReport', { period: month('2026-11') })
    expect(own.branch.branchId).toBe('b1')
    for (const action of ['branchReport', 'refreshStats', 'exportBranchReport'] as const) {
      const other = await t.call(secretary, 'stats', action, { period: month('2026-11'), branchId: 'b2' })
      expect(other).toMatchObject({ ok: false, code: 'STATS_BRANCH_FORBIDDEN', message: '只能查看本支部的统计' })
    }
  })

  it('lets a leader read any branch, and an unbound user nothing', async () => {
    const other = await t.ok(leader, 'stats', 'branchReport', { period: month('2026-11'), branchId: 'b1' })
    expect(other.branch.branchName).toBe('第一支部')
    expect(await t.call('stranger', 'stats', 'branchReport', { period: month('2026-11') })).toMatchObject({
      ok: false,
      code: 'NOT_BOUND',
    })
  })
})

describe('bad input', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['an unknown month', { period: month('2026-13') }, 'STATS_PERIOD_INVALID', /统计周期不存在/],
    ['an unknown quarter', { period: { kind: 'quarter', key: '2026-Q5' } }, 'STATS_PERIOD_INVALID', /统计周期不存在/],
    ['a key of another kind', { period: { kind: 'month', key: '2026-Q4' } }, 'STATS_PERIOD_INVALID', /统计周期不存在/],
    ['a year before 2000', { period: { kind: 'year', key: '1999' } }, 'STATS_PERIOD_INVALID', /统计周期不存在/],
    ['a future month', { period: month('2026-12') }, 'STATS_PERIOD_FUTURE', /尚未开始/],
    ['a future year', { period: { kind: 'year', key: '2027' } }, 'STATS_PERIOD_FUTURE', /尚未开始/],
    ['a malformed key', { period: { kind: 'month', key: 'November' } }, 'INVALID_INPUT', /统计周期格式不正确/],
    ['an unknown kind', { period: { kind: 'week', key: '2026-11' } }, 'INVALID_INPUT', /统计周期类型不正确/],
    ['no period', {}, 'INVALID_INPUT', /缺少/],
    ['an unknown field', { period: month('2026-11'), all: true }, 'INVALID_INPUT', /不支持的字段/],
    ['an operator as branch', { period: month('2026-11'), branchId: { $ne: 'x' } }, 'INVALID_INPUT', /支部格式不正确/],
    [
      'a branch that does not exist',
      { period: month('2026-11'), branchId: 'b9' },
      'STATS_BRANCH_NOT_FOUND',
      /支部不存在/,
    ],
  ]

  it.each(cases)(
    'refuses %s with a clear Chinese message and writes nothing',
    async (_name, payload, code, message) => {
      const before = await snapshotCount()
      const result = await t.raw(leader, 'stats', { action: 'branchReport', payload })
      expect(result).toMatchObject({ ok: false, code })
      expect(result.ok ? '' : result.message).toMatch(message)
      const refresh = await t.raw(leader, 'stats', { action: 'refreshStats', payload })
      expect(refresh).toMatchObject({ ok: false, code })
      expect(await snapshotCount()).toBe(before)
    },
  )

  it('refuses a secretary a branch that does not exist as not found', async () => {
    const result = await t.call(openidOf('m1'), 'stats', 'branchReport', { period: month('2026-11'), branchId: 'b9' })
    expect(result).toMatchObject({ ok: false, code: 'STATS_BRANCH_NOT_FOUND' })
  })
})
