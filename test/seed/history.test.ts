import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberTotalsDoc } from '../../cloudfunctions/common/db/models/points'
import { seedDemo } from '../../local/seed'
import { shanghai, useFakeClock } from '../helpers/clock'
import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'

const NOW = shanghai('2026-11-20T10:00:00')

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

    const byBranch = new Map(year.branches.map((row) => [row.branchId, row.figures]))
    const attendance = ['b1', 'b2', 'b3', 'b4'].map((id) => byBranch.get(id)?.attendance.rate ?? 0)
    expect(new Set(attendance).size).toBe(4)
    expect(Math.min(...attendance)).toBe(byBranch.get('b4')?.attendance.rate)
    const compliance = ['b1', 'b2', 'b3'].map((id) => byBranch.get(id)?.compliance.rate ?? 0)
    expect(byBranch.get('b4')?.compliance.rate).toBeLessThan(Math.min(...compliance))

    console.info(
      'demo year by branch (attendance, compliance, points per member)',
      JSON.stringify(
        year.branches.map((row) => [
          row.branchName,
          row.figures.attendance.rate,
          row.figures.compliance.rate,
          row.figures.points.perMember,
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
