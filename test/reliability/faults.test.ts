/**
 * Issue 9 §4 (injected failures): each writing action is run with its 1st,
 * 2nd, 3rd… write failing until it gets through. A call whose request was
 * lost writes nothing at all; whatever fails, no ledger entry is without its
 * totals, no check-in without its points, no 签阅 without its point.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { codeForSlot, slotAt } from '../../cloudfunctions/events/rules/code'
import { useLocalDatabase } from '../../local/db'
import { useFakeClock } from '../helpers/clock'
import { demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'
import { loadFixture, type Fixture } from '../security/fixture'
import { faultyDatabase, type FaultMode, type FaultyDatabase } from './faultyDatabase'
import { brokenInvariants, driftOf, type Dump } from './invariants'

const { admin, member, member2, secretary } = demoIdentities

interface Case {
  name: string
  /** Writes in one transaction: a lost request must leave the database exactly as it was. */
  atomic: boolean
  arrange?: (t: TestCloud, fixture: Fixture) => Promise<void>
  act: (t: TestCloud, fixture: Fixture) => Promise<{ ok: true } | { ok: false; code: string }>
}

const codeOf = async (t: TestCloud, eventId: string) => {
  const event = (await t.db.collection<EventDoc>(collections.events.name).doc(eventId).get()).data
  return codeForSlot(event.secret, slotAt(new Date()))
}

const cases: Case[] = [
  {
    name: 'checkIn',
    atomic: true,
    act: async (t, f) =>
      t.call(member, 'events', 'checkIn', { eventId: f.openEventId, code: await codeOf(t, f.openEventId) }),
  },
  {
    name: 'makeUpCheckIn',
    atomic: true,
    act: (t, f) =>
      t.call(secretary, 'events', 'makeUpCheckIn', { eventId: f.openEventId, memberId: 'm010', reason: '忘带手机' }),
  },
  {
    name: 'acknowledgeNotice',
    atomic: true,
    act: (t, f) => t.call(member, 'notices', 'acknowledgeNotice', { noticeId: f.ackNoticeId }),
  },
  {
    name: 'awardManually',
    atomic: true,
    act: (t) =>
      t.call(secretary, 'points', 'awardManually', {
        memberId: 'm010',
        points: 2,
        reason: '志愿服务',
        requestId: 'f1',
      }),
  },
  {
    name: 'reverseEntry',
    atomic: true,
    act: (t, f) => t.call(secretary, 'points', 'reverseEntry', { entryId: f.entryId, reason: '记录有误' }),
  },
  {
    name: 'reviewClaim',
    atomic: true,
    act: (t) => t.call(secretary, 'points', 'reviewClaim', { claimId: 'seed-claim-pending-1', decision: 'approve' }),
  },
  {
    name: 'completeStudy',
    atomic: true,
    arrange: async (t) => {
      useFakeClock(new Date())
      await t.ok(member2, 'points', 'startStudy', { materialId: 'mat-b1-safety' })
      jest.setSystemTime(new Date(Date.now() + 3600_000))
    },
    act: (t) => t.call(member2, 'points', 'completeStudy', { materialId: 'mat-b1-safety' }),
  },
  {
    name: 'decideLeave',
    atomic: true,
    act: (t, f) =>
      t.call(secretary, 'events', 'decideLeave', { eventId: f.upcomingEventId, memberId: 'm008', approve: true }),
  },
  {
    name: 'bind',
    atomic: false,
    act: (t, f) => t.call('new-fault-user', 'members', 'bind', f.unboundEntry),
  },
]

const MAX_WRITES = 30

let injected = 0

describe.each(['request lost', 'answer lost'] as FaultMode[])('a database that fails mid-way (%s)', (mode) => {
  let t: TestCloud
  let fixture: Fixture
  let faulty: FaultyDatabase

  beforeEach(async () => {
    // Each injected fault is logged by the function adapter as an unexpected error: expected here.
    jest.spyOn(console, 'error').mockImplementation(() => undefined)
    t = await startTestCloud()
    fixture = await loadFixture(t, new Date())
    faulty = faultyDatabase(t.cloud.database)
    useLocalDatabase(faulty.db)
  })
  afterEach(() => {
    jest.restoreAllMocks()
    jest.useRealTimers()
    t.cloud.close()
  })

  const dump = () => t.cloud.database.dump() as Dump

  const consistent = async () => {
    faulty.disarm()
    expect(brokenInvariants(dump())).toEqual([])
    expect(driftOf(await t.call(admin, 'points', 'reconcileTotals', { repair: false }))).toBe(0)
  }

  it.each(cases.map((item) => [item.name, item] as const))('%s', async (_name, item) => {
    await item.arrange?.(t, fixture)
    for (let n = 1; n <= MAX_WRITES; n++) {
      const before = JSON.stringify(dump())
      faulty.failWrite(n, mode)
      const result = await item.act(t, fixture)
      if (!faulty.fired()) {
        // After a lost answer the work is done: the retry succeeds or says so (已签到, 已处理…), never crashes.
        expect(result.ok || (mode === 'answer lost' && result.code !== 'INTERNAL')).toBe(true)
        return consistent()
      }
      injected++
      if (mode === 'request lost' && item.atomic && !result.ok) expect(JSON.stringify(dump())).toBe(before)
      await consistent()
    }
    throw new Error(`${item.name} still writing after ${MAX_WRITES} writes`)
  })
})

afterAll(() => console.info(`injected database faults: ${injected}`))
