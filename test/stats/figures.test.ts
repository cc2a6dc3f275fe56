/** Every figure of the hand-computed fixture (see fixture.ts for the data and the reasoning). */
import type { BranchFigures, StatsPeriodInput, TypeCompliance } from '../../cloudfunctions/common/contract'
import type { TestCloud } from '../helpers/testCloud'
import { fixtureCloud, freezeTime, leader, month, quarter, secretary, year } from './setup'

let t: TestCloud
beforeAll(async () => {
  freezeTime()
  t = await fixtureCloud()
})
afterAll(() => jest.useRealTimers())

const ratio = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator ? numerator / denominator : null,
})

const typeOf = (figures: BranchFigures, type: TypeCompliance['type']) =>
  figures.byType.find((item) => item.type === type)!

const report = (period: StatsPeriodInput, branchId?: string) =>
  t.ok(leader, 'stats', 'branchReport', branchId ? { period, branchId } : { period })

describe('第一支部, 2026年11月', () => {
  let figures: BranchFigures
  beforeAll(async () => {
    figures = (await report(month('2026-11'), 'b1')).branch.figures
  })

  it('counts active members only', () => {
    expect(figures.members).toBe(5)
    expect(figures.groups).toBe(2)
  })

  it('counts held events: recorded, or ended and not cancelled; the 00:30 meeting of Nov 1 included', () => {
    expect(figures.eventsHeld).toBe(4)
    expect(typeOf(figures, 'theme_day')).toMatchObject({ held: 1, planned: 0, due: 1, satisfied: 1, missing: [] })
    expect(typeOf(figures, 'committee_meeting')).toMatchObject({ held: 1, due: 1, satisfied: 1 })
    expect(typeOf(figures, 'general_meeting')).toMatchObject({ held: 1, judged: false, due: 0 })
    expect(typeOf(figures, 'party_lecture')).toMatchObject({ held: 0, planned: 0, judged: false })
  })

  it('judges 党小组会 per group; a running month without its meeting is pending, not failed', () => {
    expect(typeOf(figures, 'group_meeting')).toMatchObject({
      held: 1,
      planned: 1,
      due: 1,
      satisfied: 1,
      pending: [{ unit: '2026-11', groupName: '第二党小组' }],
    })
    // 3 of 3 decided units met; 第二党小组's November is pending, outside the rate and counted apart.
    expect(figures.compliance).toEqual({ ...ratio(3, 3), pending: 1 })
  })

  it('computes attendance as checked in / (expected − approved leave) over held events', () => {
    // e1 3/(5−1), e2 1/2 (a rejected leave still expected), e3 3/3 (补签 counts), e6 5/5.
    expect(figures.attendance).toEqual({ ...ratio(12, 14), expected: 15, approvedLeave: 1 })
    expect(figures.late).toBe(1)
    expect(figures.leave).toBe(1)
  })

  it('computes read and acknowledgement rates over published notices addressed to the branch', () => {
    // n1 (3 reads, 2 acks) and n2 (1 read); n3 withdrawn, n4 in October.
    expect(figures.notices).toEqual({ notices: 2, read: ratio(4, 10), ackNotices: 1, acknowledged: ratio(2, 5) })
  })

  it('sums points from the ledger, reversals included; active = at least 1 point', () => {
    expect(figures.points).toEqual({ entries: 5, total: 11, perMember: 2.2, activeMembers: 2 })
    expect(figures.pointsByMonth).toEqual([{ month: '2026-11', points: 11 }])
  })

  it('drills down into events and members', async () => {
    const detail = await report(month('2026-11'), 'b1')
    expect(
      detail.events.map((event) => [event.eventId, event.held, event.checkedIn, event.late, event.approvedLeave]),
    ).toEqual([
      ['e6', true, 5, 0, 0],
      ['e1', true, 3, 1, 1],
      ['e2', true, 1, 0, 0],
      ['e3', true, 3, 0, 0],
      ['e4', false, 0, 0, 1],
    ])
    expect(detail.events.find((event) => event.eventId === 'e4')!.attendance.rate).toBeNull()
    expect(detail.events.find((event) => event.eventId === 'e3')!.groupName).toBe('第一党小组')
    const members = Object.fromEntries(
      detail.members.map((m) => [
        m.memberId,
        [m.expected, m.attended, m.late, m.approvedLeave, m.attendance.rate, m.points],
      ]),
    )
    expect(members).toEqual({
      m1: [4, 4, 0, 0, 1, 10],
      m2: [4, 3, 1, 0, 0.75, 1],
      m3: [3, 3, 0, 0, 1, 0],
      m4: [2, 1, 0, 1, 1, 0],
      m5: [2, 1, 0, 0, 0.5, 0],
    })
  })
})

describe('第二支部, 2026年11月: sources without data show 暂无数据 (null), never 0', () => {
  it('has no attendance, compliance or points figures, but real notice figures', async () => {
    const { figures } = (await report(month('2026-11'), 'b2')).branch
    expect(figures.members).toBe(3)
    expect(figures.eventsHeld).toBe(0)
    expect(figures.compliance.rate).toBeNull()
    expect(figures.attendance.rate).toBeNull()
    expect(figures.points).toEqual({ entries: 0, total: null, perMember: null, activeMembers: null })
    expect(figures.notices).toEqual({ notices: 1, read: ratio(1, 3), ackNotices: 1, acknowledged: ratio(0, 3) })
  })

  it('has no read rate in a month without notices', async () => {
    const { figures } = (await report(month('2026-10'), 'b2')).branch
    expect(figures.notices.read.rate).toBeNull()
    expect(figures.notices.acknowledged.rate).toBeNull()
  })
})

describe('第一支部 over a quarter and a year', () => {
  it('2026年第四季度: months and groups as separate requirement units', async () => {
    const { figures } = (await report(quarter('2026-Q4'), 'b1')).branch
    expect(typeOf(figures, 'theme_day')).toMatchObject({ held: 2, due: 2, satisfied: 2 })
    expect(typeOf(figures, 'committee_meeting')).toMatchObject({ due: 2, satisfied: 1, missing: ['2026年10月'] })
    expect(typeOf(figures, 'group_meeting')).toMatchObject({
      due: 3,
      satisfied: 1,
      missing: ['第一党小组 2026年10月', '第二党小组 2026年10月'],
    })
    expect(typeOf(figures, 'general_meeting')).toMatchObject({ judged: true, due: 1, satisfied: 1 })
    // The only 党课 was cancelled and the quarter is still running: pending.
    expect(typeOf(figures, 'party_lecture')).toMatchObject({ judged: true, due: 0, satisfied: 0, held: 0 })
    expect(typeOf(figures, 'life_meeting').judged).toBe(false)
    // Pending: 第二党小组 in November, December's theme day, 支委会 and two group meetings, the 党课.
    expect(figures.compliance).toEqual({ ...ratio(5, 8), pending: 6 })
    expect(figures.attendance).toEqual({ ...ratio(16, 19), expected: 20, approvedLeave: 1 })
    expect(figures.points).toEqual({ entries: 6, total: 16, perMember: 3.2, activeMembers: 2 })
    expect(figures.pointsByMonth).toEqual([
      { month: '2026-10', points: 5 },
      { month: '2026-11', points: 11 },
    ])
  })

  it('2026年: every ended month, quarter and the year itself', async () => {
    const { figures } = (await report(year('2026'), 'b1')).branch
    expect(typeOf(figures, 'theme_day')).toMatchObject({ due: 11, satisfied: 2 })
    expect(typeOf(figures, 'committee_meeting')).toMatchObject({ due: 11, satisfied: 1 })
    expect(typeOf(figures, 'group_meeting')).toMatchObject({ due: 21, satisfied: 1 })
    expect(typeOf(figures, 'general_meeting')).toMatchObject({ due: 4, satisfied: 1 })
    expect(typeOf(figures, 'party_lecture')).toMatchObject({ due: 3, satisfied: 0 })
    expect(typeOf(figures, 'life_meeting')).toMatchObject({ due: 1, satisfied: 1, held: 1 })
    expect(typeOf(figures, 'member_review')).toMatchObject({ due: 0, pending: [{ unit: '2026', groupName: null }] })
    // (2 + 1 + 1 + 1 + 0 + 1) met of (11 + 11 + 21 + 4 + 3 + 1) due.
    // Pending: the quarter's 6 and the year's 民主评议党员.
    expect(figures.compliance).toEqual({ ...ratio(6, 51), pending: 7 })
    expect(figures.eventsHeld).toBe(6)
  })
})

describe('the dashboard', () => {
  it('pools organisation totals from the branches (never an average of rates)', async () => {
    const board = await t.ok(leader, 'stats', 'dashboard', { period: month('2026-11') })
    expect(board.period).toMatchObject({ key: '2026-11', label: '2026年11月' })
    expect(board.branches.map((row) => row.branchName)).toEqual(['第一支部', '第二支部'])
    expect(board.totals).toEqual({
      branches: 2,
      members: 8,
      eventsHeld: 4,
      compliance: { ...ratio(3, 3), pending: 3 },
      attendance: ratio(12, 14),
      late: 1,
      leave: 1,
      read: ratio(5, 13),
      acknowledged: ratio(2, 8),
      pointsTotal: 11,
      pointsPerMember: 11 / 8,
      activeMembers: 2,
      // No 党费 month compiled yet: nothing owed, 暂无数据.
      dues: { collection: ratio(0, 0), dueFen: 0, paidFen: 0, flagged: 0 },
    })
  })

  it('warns past day 20 about this month’s missing meetings, per group too', async () => {
    const board = await t.ok(leader, 'stats', 'dashboard', { period: month('2026-11') })
    expect(board.warnings.map((warning) => warning.message)).toEqual([
      '第一支部 第二党小组 本月尚未召开党小组会',
      '第二支部 本月尚未开展主题党日',
      '第二支部 本月尚未召开支委会',
    ])
    // The rate and the warnings tell one story: 达标 3/3 of the decided units, and these 3 still to come.
    expect(board.totals.compliance.pending).toBe(board.warnings.length)
    expect(board.warnings[0]).toMatchObject({
      branchId: 'b1',
      branchName: '第一支部',
      detail: '第二党小组 本月尚未召开党小组会',
    })
  })

  it('draws points per member by month over the year, 暂无数据 for months without points', async () => {
    const board = await t.ok(leader, 'stats', 'dashboard', { period: quarter('2026-Q4') })
    expect(board.trend.year).toBe('2026')
    expect(board.trend.points).toHaveLength(11)
    expect(board.trend.points.slice(8)).toEqual([
      { month: '2026-09', perMember: null },
      { month: '2026-10', perMember: 5 / 8 },
      { month: '2026-11', perMember: 11 / 8 },
    ])
  })

  it('gives the secretary the same figures for their own branch', async () => {
    const own = await t.ok(secretary, 'stats', 'branchReport', { period: month('2026-11') })
    const asLeader = await report(month('2026-11'), 'b1')
    expect(own.branch).toEqual(asLeader.branch)
    expect(own.trend.points.find((point) => point.month === '2026-11')!.perMember).toBe(11 / 5)
  })
})

describe('warnings by the calendar', () => {
  it('stays quiet until day 20 of the month is over', async () => {
    jest.setSystemTime(new Date('2026-11-20T15:59:00Z'))
    const board = await t.ok(leader, 'stats', 'dashboard', { period: month('2026-11') })
    expect(board.warnings).toEqual([])
    jest.setSystemTime(new Date('2026-11-20T16:00:00Z'))
    const next = await t.ok(leader, 'stats', 'dashboard', { period: month('2026-11') })
    expect(next.warnings).toHaveLength(3)
  })

  it('adds the quarter’s and the year’s missing meetings in their last month', async () => {
    jest.setSystemTime(new Date('2026-12-25T04:00:00Z'))
    const board = await t.ok(leader, 'stats', 'dashboard', { period: month('2026-12') })
    const messages = board.warnings.map((warning) => warning.message)
    expect(messages).toContain('第一支部 本季度尚未开展党课')
    expect(messages).toContain('第一支部 本年度尚未开展民主评议党员')
    expect(messages).toContain('第二支部 本季度尚未召开支部党员大会')
    expect(messages).not.toContain('第一支部 本季度尚未召开支部党员大会')
    expect(messages).not.toContain('第一支部 本年度尚未召开组织生活会')
  })
})
