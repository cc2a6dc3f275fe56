import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberTotalsDoc } from '../../cloudfunctions/common/db/models/points'
import { seedDemo } from '../../local/seed'
import { shanghai, useFakeClock } from '../helpers/clock'
import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'

const NOW = shanghai('2026-11-20T10:00:00')
const BRANCH_IDS = Array.from({ length: 10 }, (_, index) => `b${index + 1}`)

const yearTotals = async (t: TestCloud) =>
  (
    await t.db
      .collection<MemberTotalsDoc>(collections.pointsTotals.name)
      .where({ periodKey: '2026' })
      .orderBy('memberId', 'asc')
      .limit(1000)
      .get()
  ).data.map((doc) => [doc.memberId, doc.points, doc.entries])

let t: TestCloud
beforeAll(async () => {
  useFakeClock(NOW)
  t = await startTestCloud({ now: NOW, history: true })
}, 60_000)
afterAll(() => jest.useRealTimers())

describe('the demo year (local/seed/history.ts)', () => {
  it('keeps every total equal to the ledger it folds', async () => {
    const report = await t.ok(demoIdentities.admin, 'points', 'reconcileTotals', {})
    expect(report.drifted).toBe(0)
    expect(report.ledgerEntries).toBeGreaterThan(1500)
  })

  it('gives month, quarter and year figures that differ, branches that differ and one branch behind', async () => {
    const period = (kind: 'month' | 'quarter' | 'year', key: string) =>
      t.ok(demoIdentities.leader, 'stats', 'dashboard', { period: { kind, key } })
    const [month, quarter, year] = await Promise.all([
      period('month', '2026-11'),
      period('quarter', '2026-Q4'),
      period('year', '2026'),
    ])
    expect(month.totals.eventsHeld).toBeLessThan(quarter.totals.eventsHeld)
    expect(quarter.totals.eventsHeld).toBeLessThan(year.totals.eventsHeld)
    expect(year.trend.points.filter((point) => point.perMember !== null).length).toBeGreaterThanOrEqual(11)

    const reports = await Promise.all(
      BRANCH_IDS.map((branchId) =>
        t.ok(demoIdentities.leader, 'stats', 'branchReport', { period: { kind: 'year', key: '2026' }, branchId }),
      ),
    )
    const byBranch = new Map(reports.map((report) => [report.branch.branchId, report.branch.figures]))
    const attendance = BRANCH_IDS.map((id) => byBranch.get(id)?.attendance.rate ?? 0)
    expect(new Set(attendance).size).toBe(BRANCH_IDS.length)
    expect(Math.min(...attendance)).toBe(byBranch.get('b4')?.attendance.rate)
    const compliance = BRANCH_IDS.filter((id) => id !== 'b4').map((id) => byBranch.get(id)?.compliance.rate ?? 0)
    expect(byBranch.get('b4')?.compliance.rate).toBeLessThan(Math.min(...compliance))

    console.info(
      'demo year by branch (attendance, compliance, points per member)',
      JSON.stringify(
        reports.map(({ branch }) => [
          branch.branchName,
          branch.figures.attendance.rate,
          branch.figures.compliance.rate,
          branch.figures.points.perMember,
        ]),
      ),
      'events held month / quarter / year',
      month.totals.eventsHeld,
      quarter.totals.eventsHeld,
      year.totals.eventsHeld,
    )
    const ranking = await t.ok(demoIdentities.leader, 'points', 'rankBranches', { kind: 'year', key: '2026' })
    expect(ranking.entries.filter((row) => row.branchId.startsWith('b')).at(-1)?.branchId).toBe('b4')
  })

  it('is a group: 集团党委 over two 二级党委 and two branches, 201 members; a 二级党委 leader sees their own', async () => {
    const period = { kind: 'month' as const, key: '2026-11' }
    const group = await t.ok(demoIdentities.leader, 'stats', 'dashboard', { period })
    expect(group.path.map((unit) => unit.name)).toEqual(['集团党委'])
    expect(group.units.map((row) => row.name)).toEqual(['一分公司党委', '二分公司党委'])
    expect(group.branches.map((row) => row.branchName)).toEqual(['集团机关党支部', '离退休党支部'])
    // 200 on the organisation's roster and 第二支部's 预备党员, admitted through 党员发展 (local/seed/development.ts).
    expect(group.totals).toMatchObject({ branches: 10, members: 201 })
    const second = await t.ok(demoIdentities.groupSubLeader, 'stats', 'dashboard', { period })
    expect(second.path.map((unit) => unit.name)).toEqual(['二分公司党委'])
    expect(second.branches.map((row) => row.branchName)).toEqual(['第三支部', '第四支部', '第七支部'])
    const first = group.units[0]
    const drilled = await t.ok(demoIdentities.leader, 'stats', 'dashboard', { period, unitId: first.unitId })
    expect(drilled.units.map((row) => row.name)).toEqual(['机关党总支'])
    expect(drilled.totals).toEqual(first.totals)
  })

  it('is the same year on every seed with the same clock', async () => {
    // Read before the second seed: a new cloud takes over the process's database.
    const first = await yearTotals(t)
    expect(first.length).toBeGreaterThan(60)
    // Seeded again, not restored from the test cache (test/helpers/seedCache.ts).
    const again = await startTestCloud({ seed: false })
    await seedDemo(again.db, NOW, { history: true })
    expect(await yearTotals(again)).toEqual(first)
  }, 60_000)
})
