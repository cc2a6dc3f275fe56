import { collections } from '../../cloudfunctions/common/db/collections'
import {
  entryPeriods,
  TOTALS_KINDS,
  type LedgerDoc,
  type MemberTotalsDoc,
} from '../../cloudfunctions/common/db/models/points'
import { foldMemberTotals } from '../../cloudfunctions/common/points/totals'
import { grantPointsNow } from '../../cloudfunctions/common/points/grantPoints'
import { demoMembers } from '../../local/seed/organisation'
import { demoIdentities, type TestCloud } from '../helpers/testCloud'
import { shanghai, useFakeClock, startPointsCloud } from './helpers'

let t: TestCloud
beforeEach(async () => {
  t = await startPointsCloud()
})
afterEach(() => jest.useRealTimers())

const award = (memberId: string, branchId: string, points: number, key: string) =>
  grantPointsNow(
    t.db,
    { memberId, branchId, category: 'manual', points, key, reason: '排名测试', createdBy: 'm005' },
    shanghai('2026-06-10T10:00:00'),
  )

describe('rankings', () => {
  it('ranks a branch with ties, my own place and branches per member', async () => {
    useFakeClock(shanghai('2026-06-20T12:00:00'))
    await t.ok(demoIdentities.admin, 'points', 'updateSettings', { rankingVisibility: 'full', studyTimed: false })
    await award('m006', 'b1', 30, 'k1')
    await award('m007', 'b1', 30, 'k2')
    await award('m008', 'b1', 10, 'k3')
    await award('m026', 'b2', 90, 'k4')
    const branch = await t.ok(demoIdentities.member, 'points', 'rankMembers', { kind: 'month', scope: 'branch' })
    expect(branch.periodLabel).toBe('2026年6月')
    expect(branch.entries.map((entry) => [entry.rank, entry.memberId, entry.points])).toEqual([
      [1, 'm006', 30],
      [1, 'm007', 30],
      [3, 'm008', 10],
    ])
    expect(branch.me).toEqual({ rank: 1, points: 30 })
    const organisation = await t.ok(demoIdentities.member, 'points', 'rankMembers', {
      kind: 'year',
      scope: 'organisation',
    })
    expect(organisation.entries[0]).toMatchObject({ rank: 1, memberId: 'm026', branchName: '第二支部' })
    expect(organisation.me).toEqual({ rank: 2, points: 30 })
    const newcomer = await t.ok(demoIdentities.committee, 'points', 'rankMembers', { kind: 'month', scope: 'branch' })
    expect(newcomer.me).toEqual({ rank: 4, points: 0 })
    const branches = await t.ok(demoIdentities.member, 'points', 'rankBranches', { kind: 'quarter' })
    // One spelling of quarters everywhere, as in the statistics: 第二季度, never 第2季度.
    expect(branches.periodLabel).toMatch(/^\d{4}年第[一二三四]季度$/)
    expect(branches.entries.slice(0, 2).map((row) => [row.rank, row.branchId, row.perMember])).toEqual([
      [1, 'b2', 4.5],
      [2, 'b1', 3.5],
    ])
    expect(branches.mine).toMatchObject({ branchId: 'b1', rank: 2, points: 70, members: 20 })
    const leader = await t.ok(demoIdentities.leader, 'points', 'rankMembers', {
      kind: 'month',
      scope: 'branch',
      branchId: 'b2',
    })
    expect(leader).toMatchObject({ branchId: 'b2', me: null, entries: [{ memberId: 'm026' }] })
    const past = await t.ok(demoIdentities.member, 'points', 'rankMembers', {
      kind: 'month',
      key: '2026-05',
      scope: 'branch',
    })
    expect(past.entries).toEqual([])
    const mismatched = await t.call(demoIdentities.member, 'points', 'rankMembers', {
      kind: 'year',
      key: '2026-05',
      scope: 'branch',
    })
    expect(mismatched).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    // The periods rule of statistics holds for rankings too: a period that has not begun is refused.
    const future = await t.call(demoIdentities.member, 'points', 'rankBranches', { kind: 'month', key: '2026-07' })
    expect(future).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '该统计周期尚未开始' })
  })

  it('reads the same bounded number of documents at 10k and 100k ledger entries', async () => {
    await t.ok(demoIdentities.admin, 'points', 'updateSettings', { rankingVisibility: 'full', studyTimed: false })
    const members = demoMembers(new Date())
    const memberTotals = new Map<string, MemberTotalsDoc>()
    let written = 0
    // Fixtures use 19 distinct days: compute each day's periods once (time-zone conversion is the slow part).
    const periodCache = new Map<number, LedgerDoc['periods']>()
    const periodsOf = (at: Date) => {
      const cached = periodCache.get(at.getTime()) ?? entryPeriods(at)
      periodCache.set(at.getTime(), cached)
      return cached
    }

    /** Appends `count` ledger entries in bulk and folds them into the totals exactly as grants do. */
    const appendLedger = async (count: number) => {
      for (let chunk = 0; chunk < count; chunk += 2000) {
        const docs: LedgerDoc[] = []
        for (let i = chunk; i < Math.min(count, chunk + 2000); i++) {
          const n = written + i
          const member = members[n % members.length]
          const createdAt = shanghai(`2026-06-${String((n % 19) + 1).padStart(2, '0')}T10:00:00`)
          docs.push({
            _id: `bulk:${n}`,
            memberId: member._id,
            branchId: member.branchId,
            category: 'manual',
            subtype: null,
            points: (n % 7) + 1,
            requestedPoints: (n % 7) + 1,
            reason: '批量数据',
            capMessage: null,
            source: null,
            ruleVersion: 1,
            status: 'granted',
            periods: periodsOf(createdAt),
            reversalOf: null,
            createdBy: 'system',
            createdAt,
          })
        }
        await t.db.collection(collections.pointsLedger.name).add({ data: docs })
        for (const doc of docs) {
          const delta = { ...doc, entries: 1 }
          for (const kind of TOTALS_KINDS) {
            const id = `${doc.memberId}:${doc.periods[kind]}`
            memberTotals.set(
              id,
              foldMemberTotals(memberTotals.get(id) ?? null, kind, doc.periods[kind], delta, doc.createdAt),
            )
          }
        }
      }
      written += count
      await t.db
        .collection(collections.pointsTotals.name)
        .where({ memberId: t.db.command.exists(true) })
        .remove()
      await t.db.collection(collections.pointsTotals.name).add({ data: [...memberTotals.values()] })
    }

    const measure = async () => {
      const work = []
      for (const request of [
        () => t.ok(demoIdentities.member, 'points', 'rankMembers', { kind: 'month', key: '2026-06', scope: 'branch' }),
        () =>
          t.ok(demoIdentities.member, 'points', 'rankMembers', { kind: 'year', key: '2026', scope: 'organisation' }),
        () => t.ok(demoIdentities.member, 'points', 'rankBranches', { kind: 'quarter', key: '2026-Q2' }),
      ]) {
        t.cloud.database.resetCounters()
        const ranking = await request()
        work.push({ counters: t.cloud.database.counters(), size: ranking.entries.length })
      }
      return work
    }

    await appendLedger(10_000)
    const at10k = await measure()
    await appendLedger(90_000)
    expect((await t.db.collection(collections.pointsLedger.name).count()).total).toBe(100_000)
    const at100k = await measure()

    expect(at100k).toEqual(at10k)
    expect(at10k.map((work) => work.size)).toEqual([20, 50, 4])
    // Bounded by the period's totals documents (at most one per member: 80, read for the list and again for my
    // rank), the top 50's names and a few roster documents; never by the ledger.
    for (const work of at10k) expect(work.counters.scanned).toBeLessThanOrEqual(2 * members.length + 50 + 10)
    console.info('ranking work at 10k and 100k ledger entries', JSON.stringify(at10k))
  }, 120_000)
})
