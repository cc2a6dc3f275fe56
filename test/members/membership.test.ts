import type { ErrorCode } from '../../cloudfunctions/common/contract'
import { shanghai, useFakeClock } from '../helpers/clock'
import { expectRefused } from '../helpers/refusals'
import { cloudPerTest, demoIdentities, startTestCloud } from '../helpers/testCloud'

const NOW = shanghai('2026-11-30 10:00')
const { admin, member } = demoIdentities
const out = { memberId: 'm006', on: '2026-11-20', destination: '某市委组织部', letterNo: '组转字〔2026〕18号' }

beforeEach(() => useFakeClock(NOW))
afterEach(() => jest.useRealTimers())
const t = cloudPerTest(() => startTestCloud({ now: NOW }))

const refused = (payload: unknown, action: string, code: ErrorCode, message: RegExp) =>
  expectRefused(t, { openid: admin, fn: 'members', action, payload }, code, message)

describe('组织关系: transfers and the end of membership', () => {
  it('transfers a member out with the letter in their history; they can no longer use the app', async () => {
    const entry = await t.ok(admin, 'members', 'transferOut', out)
    expect(entry).toMatchObject({ memberId: 'm006', status: 'transferred', bound: false })
    const history = await t.ok(admin, 'members', 'memberHistory', { memberId: 'm006' })
    expect(history[0]).toMatchObject({
      change: 'status',
      from: '正常',
      to: '已转出：某市委组织部（介绍信 组转字〔2026〕18号，2026-11-20）',
    })
    expect(await t.raw(member, 'members', { action: 'listBranches', payload: {} })).toMatchObject({ ok: false })
    const roster = await t.ok(admin, 'members', 'listRoster', { branchId: 'b1' })
    expect(roster.find((row) => row.memberId === 'm006')).toMatchObject({ status: 'transferred' })
    await refused(out, 'transferOut', 'MEMBERSHIP_NOT_ACTIVE', /已不在本组织/)
  })

  it('ends a membership (去世, 出党) on a date that has come, with the reason', async () => {
    const ending = { memberId: 'm007', ending: 'left' as const, on: '2026-12-01', reason: '自行脱党' }
    await refused(ending, 'endMembership', 'MEMBERSHIP_DATE_INVALID', /不能晚于今天/)
    const entry = await t.ok(admin, 'members', 'endMembership', { ...ending, on: '2026-11-30' })
    expect(entry.status).toBe('left')
    const [latest] = await t.ok(admin, 'members', 'memberHistory', { memberId: 'm007' })
    expect(latest).toMatchObject({ change: 'status', to: '出党（2026-11-30）：自行脱党' })
  })

  it('transfers a member in, unbound, with where they came from; a phone on the roster is refused', async () => {
    const arrival = {
      name: '周平',
      phone: '13900006666',
      branchId: 'b1',
      joinedOn: '2015-07-01',
      origin: '某县委组织部',
      letterNo: '组转字〔2026〕21号',
      on: '2026-11-25',
    }
    const entry = await t.ok(admin, 'members', 'transferIn', arrival)
    expect(entry).toMatchObject({ name: '周平', branchId: 'b1', status: 'active', bound: false, probationary: false })
    const history = await t.ok(admin, 'members', 'memberHistory', { memberId: entry.memberId })
    expect(history).toEqual([
      expect.objectContaining({
        change: 'status',
        from: '转入：某县委组织部（介绍信 组转字〔2026〕21号，2026-11-25）',
      }),
    ])
    const roster = await t.ok(admin, 'members', 'listRoster', { branchId: 'b1' })
    expect(roster.map((row) => row.name)).toContain('周平')
    await refused({ ...arrival, name: '周平二' }, 'transferIn', 'MEMBERSHIP_PHONE_TAKEN', /已在党员名册中/)
    await refused(
      { ...arrival, phone: '13900007777', joinedOn: '2026-11-26' },
      'transferIn',
      'MEMBERSHIP_DATE_INVALID',
      /入党日期不能晚于转入日期/,
    )
  })
})
