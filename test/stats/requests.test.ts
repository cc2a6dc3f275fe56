/**
 * Cheap at any size: one branch-period compiles with the same small number of
 * database requests whether the branch has a handful of records or thousands.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import { toPeriodRef } from '../../cloudfunctions/common/periods'
import { compileBranchStats } from '../../cloudfunctions/stats/compile/compileBranchStats'
import type { TestCloud } from '../helpers/testCloud'
import { BRANCHES, event, ledger, NOW, notice } from './fixture'
import { fixtureCloud, freezeTime, leader } from './setup'

let t: TestCloud
beforeAll(async () => {
  freezeTime()
  t = await fixtureCloud()
})
afterAll(() => jest.useRealTimers())

const ALL = ['m1', 'm2', 'm3', 'm4', 'm5']
const DAY = 24 * 3600 * 1000

/** Grows 第一支部's November many times over: events with check-ins, notices with reads, ledger entries. */
const growData = async (db: Database) => {
  const events = Array.from({ length: 150 }, (_, i) =>
    event(`bulk-e${i}`, 'group_meeting', new Date(Date.UTC(2026, 10, 1 + (i % 24), 2)).toISOString(), ALL, {
      groupId: 'g1',
    }),
  )
  const checkins = events.flatMap((e) =>
    ALL.slice(0, 4).map((memberId) => ({
      _id: `${e._id}:${memberId}`,
      eventId: e._id,
      branchId: 'b1',
      memberId,
      at: NOW,
      late: false,
      method: 'code',
      distance: null,
      accuracy: null,
      makeup: null,
    })),
  )
  const notices = Array.from({ length: 80 }, (_, i) =>
    notice(`bulk-n${i}`, ['b1'], new Date(NOW.getTime() - (i % 20) * DAY).toISOString()),
  )
  const reads = notices.flatMap((n) =>
    ALL.map((memberId) => ({ _id: `${n._id}:${memberId}`, noticeId: n._id, memberId, branchId: 'b1', readAt: NOW })),
  )
  const entries = Array.from({ length: 600 }, (_, i) =>
    ledger(`bulk-l${i}`, ALL[i % 5], 1, new Date(NOW.getTime() - (i % 20) * DAY).toISOString()),
  )
  await db.collection(collections.events.name).add({ data: events })
  await db.collection(collections.checkins.name).add({ data: checkins })
  await db.collection(collections.notices.name).add({ data: notices })
  await db.collection(collections.noticeReads.name).add({ data: reads })
  await db.collection(collections.pointsLedger.name).add({ data: entries })
  return events.length + checkins.length + notices.length + reads.length + entries.length
}

const requestsFor = async (run: () => Promise<unknown>) => {
  t.cloud.database.resetCounters()
  await run()
  return t.cloud.database.counters()
}

describe('requests per branch-period', () => {
  it('is the same small constant at two data sizes, for the use case and for the function call', async () => {
    const period = toPeriodRef('month', '2026-11')
    const compile = () => compileBranchStats(t.db, BRANCHES[0], period, NOW)
    const refresh = () =>
      t.ok(leader, 'stats', 'refreshStats', { period: { kind: 'year', key: '2026' }, branchId: 'b1' })

    const small = await requestsFor(compile)
    const smallRefresh = await requestsFor(refresh)
    const added = await growData(t.db)
    const large = await requestsFor(compile)
    const largeRefresh = await requestsFor(refresh)

    expect(added).toBeGreaterThan(1500)
    expect(large.scanned).toBeGreaterThan(small.scanned)
    expect(large.requests).toEqual(small.requests)
    expect(largeRefresh.requests).toEqual(smallRefresh.requests)
    // Six aggregations, the compiled 党费 months and the snapshot's one write.
    expect(small.requests).toEqual({
      'database.aggregateDocuments': 6,
      'database.getDocument': 1,
      'database.modifyDocument': 1,
    })
    const total = Object.values(small.requests).reduce((sum, count) => sum + count, 0)
    expect(total).toBe(8)
  })
})
