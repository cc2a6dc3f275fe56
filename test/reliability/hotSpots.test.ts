/**
 * Issue 12 §3: nothing that many members write at the same moment is written
 * inside a transaction. Two members of one branch doing the same rush action
 * write disjoint documents; a whole branch doing it at once, with every
 * database request a 5 ms round trip so the transactions overlap, meets no
 * write conflict at all (one transaction per member), and every total still
 * equals the ledger.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { recordRoundTrips } from '../../local/db'
import { useFakeClock } from '../helpers/clock'
import { demoIdentities, demoOpenid } from '../helpers/testCloud'
import { currentCode, useFixtureCloud } from './fixtureCloud'
import { brokenInvariants, driftOf, type Dump } from './invariants'

const { admin, secretary } = demoIdentities

const { t, fixture } = useFixtureCloud()

const dump = () => t.cloud.database.dump() as Dump

/** `collection/_id` of every document added or changed between two dumps. */
const writtenBetween = (before: Dump, after: Dump): Set<string> => {
  const ids = new Set<string>()
  for (const [collection, docs] of Object.entries(after)) {
    const old = new Map((before[collection] ?? []).map((doc) => [doc._id, JSON.stringify(doc)]))
    for (const doc of docs) if (old.get(doc._id) !== JSON.stringify(doc)) ids.add(`${collection}/${doc._id}`)
  }
  return ids
}

const codeOf = (eventId: string) => currentCode(t, eventId)

type Act = (memberId: string) => Promise<{ ok: boolean }>

const rushActions: [string, () => Promise<void> | void, Act][] = [
  [
    'checkIn',
    () => undefined,
    async (memberId) =>
      t.call(demoOpenid(memberId), 'events', 'checkIn', {
        eventId: fixture.openEventId,
        code: await codeOf(fixture.openEventId),
      }),
  ],
  [
    'makeUpCheckIn',
    () => undefined,
    (memberId) =>
      t.call(secretary, 'events', 'makeUpCheckIn', { eventId: fixture.openEventId, memberId, reason: '忘带手机' }),
  ],
  [
    'acknowledgeNotice',
    () => undefined,
    (memberId) => t.call(demoOpenid(memberId), 'notices', 'acknowledgeNotice', { noticeId: fixture.ackNoticeId }),
  ],
  [
    'completeStudy',
    async () => {
      useFakeClock(new Date())
      for (const memberId of ['m008', 'm009'])
        await t.ok(demoOpenid(memberId), 'points', 'startStudy', { materialId: 'mat-b1-safety' })
      jest.setSystemTime(new Date(Date.now() + 3600_000))
    },
    (memberId) => t.call(demoOpenid(memberId), 'points', 'completeStudy', { materialId: 'mat-b1-safety' }),
  ],
  [
    'awardManually',
    () => undefined,
    (memberId) =>
      t.call(secretary, 'points', 'awardManually', { memberId, points: 2, reason: '志愿服务', requestId: memberId }),
  ],
]

describe.each(rushActions)('%s by two members of one branch', (_name, arrange, act) => {
  it('writes no document in common', async () => {
    await arrange()
    const start = dump()
    expect(await act('m008')).toMatchObject({ ok: true })
    const between = dump()
    expect(await act('m009')).toMatchObject({ ok: true })
    const first = writtenBetween(start, between)
    const second = writtenBetween(between, dump())
    expect(first.size).toBeGreaterThan(0)
    expect(second.size).toBe(first.size)
    expect([...first].filter((id) => second.has(id))).toEqual([])
  })
})

describe('a whole branch at once, every request a 5 ms round trip', () => {
  const expectedBound = async () => {
    const event = (await t.db.collection<EventDoc>(collections.events.name).doc(fixture.openEventId).get()).data
    const { data } = await t.db
      .collection<MemberDoc>(collections.members.name)
      .where({ _id: t.db.command.in(event.expectedMemberIds), openid: t.db.command.neq(null) })
      .limit(100)
      .get()
    return data.map((member) => member._id)
  }

  it('checks in and 签阅s with one transaction per member: no write conflict, totals equal the ledger', async () => {
    const members = await expectedBound()
    expect(members.length).toBeGreaterThanOrEqual(15)
    const code = await codeOf(fixture.openEventId)
    t.cloud.database.setLatency({ ms: 5, jitterMs: 2 })
    const checkins = await recordRoundTrips(() =>
      Promise.all(
        members.map((memberId) =>
          t.call(demoOpenid(memberId), 'events', 'checkIn', { eventId: fixture.openEventId, code }),
        ),
      ),
    )
    const acks = await recordRoundTrips(() =>
      Promise.all(
        members.map((memberId) =>
          t.call(demoOpenid(memberId), 'notices', 'acknowledgeNotice', { noticeId: fixture.ackNoticeId }),
        ),
      ),
    )
    t.cloud.database.setLatency({ ms: 0, jitterMs: 0 })
    expect(checkins.result.every((answer) => answer.ok)).toBe(true)
    expect(acks.result.every((answer) => answer.ok)).toBe(true)
    const created = checkins.result.filter((answer) => answer.ok && answer.data.created).length
    expect(created).toBeGreaterThanOrEqual(10)
    expect(checkins.byAction['database.startTransaction']).toBe(created)
    expect(acks.byAction['database.startTransaction']).toBe(members.length)
    expect(brokenInvariants(dump())).toEqual([])
    expect(driftOf(await t.call(admin, 'points', 'reconcileTotals', { repair: false }))).toBe(0)
  })
})
