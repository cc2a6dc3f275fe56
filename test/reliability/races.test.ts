/**
 * Issue 9 §5: 50 parallel grants around a cap never pass it, and 20 parallel
 * retries of every idempotent action leave exactly one record each, with
 * totals that still equal the ledger (the points reconcile finds no drift).
 */
import { collections, type CollectionSpec } from '../../cloudfunctions/common/db/collections'
import { useFakeClock } from '../helpers/clock'
import { demoIdentities } from '../helpers/testCloud'
import { currentCode, useFixtureCloud } from './fixtureCloud'

const { admin, member, secretary } = demoIdentities
const RETRIES = 20

const { t, fixture } = useFixtureCloud()

const count = async (collection: CollectionSpec, filter: Record<string, unknown>) =>
  (await t.db.collection(collection.name).where(filter).count()).total

const expectNoDrift = async () =>
  expect(await t.ok(admin, 'points', 'reconcileTotals', { repair: false })).toMatchObject({ drifted: 0 })

const retried = <T>(call: () => Promise<T>) => Promise.all(Array.from({ length: RETRIES }, call))

const studyCap = async (openid: string) => {
  const { caps } = await t.ok(openid, 'points', 'myPoints', {})
  const cap = caps.find((item) => item.category === 'study' && item.period === 'day')
  if (!cap) throw new Error('no daily study cap in the rules')
  return cap
}

describe('a cap under 50 parallel grants', () => {
  it('never grants past the daily study cap', async () => {
    const started = new Date()
    useFakeClock(started)
    const materialIds: string[] = []
    for (let n = 0; n < 50; n++) {
      const material = await t.ok(admin, 'points', 'publishMaterial', {
        kind: 'article',
        title: `学习资料 ${n + 1}`,
        body: '认真学习党章党规，做合格共产党员。'.repeat(2),
        requiredSeconds: 5,
      })
      materialIds.push(material.id)
      await t.ok(member, 'points', 'startStudy', { materialId: material.id })
    }
    const before = await studyCap(member)
    jest.setSystemTime(new Date(started.getTime() + 60_000))
    const results = await Promise.all(
      materialIds.map((materialId) => t.call(member, 'points', 'completeStudy', { materialId })),
    )
    const after = await studyCap(member)
    const granted = results.reduce((sum, result) => sum + (result.ok ? result.data.points : 0), 0)
    expect(after.used).toBeLessThanOrEqual(after.cap)
    expect(after.used).toBe(before.used + granted)
    expect(granted).toBe(after.cap - before.used)
    expect(granted).toBeGreaterThan(0)
    await expectNoDrift()
  })
})

describe('20 parallel retries of every idempotent action', () => {
  it('binds a WeChat user once', async () => {
    await retried(() => t.call('new-retrier', 'members', 'bind', fixture.unboundEntry))
    expect(await count(collections.bindings, { _id: 'new-retrier' })).toBe(1)
    expect(await count(collections.members, { openid: 'new-retrier' })).toBe(1)
  })

  it('checks in, makes up and grants attendance points once', async () => {
    const eventId = fixture.openEventId
    const code = await currentCode(t, eventId)
    const checkins = await retried(() => t.call(member, 'events', 'checkIn', { eventId, code }))
    expect(checkins.every((result) => result.ok)).toBe(true)
    const makeups = await retried(() =>
      t.call(secretary, 'events', 'makeUpCheckIn', { eventId, memberId: 'm010', reason: '现场未带手机' }),
    )
    expect(makeups.filter((result) => result.ok)).toHaveLength(1)
    for (const memberId of ['m006', 'm010']) {
      expect(await count(collections.checkins, { eventId, memberId })).toBe(1)
      expect(await count(collections.pointsLedger, { _id: `attend:${eventId}:${memberId}` })).toBe(1)
    }
    await expectNoDrift()
  })

  it('asks for leave and decides it once', async () => {
    const eventId = fixture.upcomingEventId
    await retried(() => t.call(member, 'events', 'requestLeave', { eventId, reason: '出差在外' }))
    await retried(() => t.call(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true }))
    expect(await count(collections.leaves, { eventId, memberId: 'm006' })).toBe(1)
    expect(await count(collections.leaves, { eventId, memberId: 'm006', status: 'approved' })).toBe(1)
  })

  it('awards, reverses and reviews once', async () => {
    const award = { memberId: 'm010', points: 3, reason: '志愿服务', requestId: 'race-award' }
    await retried(() => t.call(secretary, 'points', 'awardManually', award))
    expect(await count(collections.pointsLedger, { memberId: 'm010', reason: '志愿服务' })).toBe(1)
    const reverse = { entryId: fixture.entryId, reason: '记录有误' }
    await retried(() => t.call(secretary, 'points', 'reverseEntry', reverse))
    expect(await count(collections.pointsLedger, { _id: `reverse:${fixture.entryId}` })).toBe(1)
    const decision = { claimId: 'seed-claim-pending-1', decision: 'approve' as const }
    const reviews = await retried(() => t.call(secretary, 'points', 'reviewClaim', decision))
    expect(reviews.filter((result) => result.ok)).toHaveLength(1)
    expect(await count(collections.pointsLedger, { memberId: 'm007', 'source.id': 'seed-claim-pending-1' })).toBe(1)
    await expectNoDrift()
  })

  it('starts and completes a study once', async () => {
    const started = new Date()
    useFakeClock(started)
    const materialId = 'mat-b1-safety'
    await retried(() => t.call(demoIdentities.member2, 'points', 'startStudy', { materialId }))
    expect(await count(collections.studySessions, { _id: `${materialId}:m007` })).toBe(1)
    jest.setSystemTime(new Date(started.getTime() + 3600_000))
    await retried(() => t.call(demoIdentities.member2, 'points', 'completeStudy', { materialId }))
    expect(await count(collections.pointsLedger, { memberId: 'm007', 'source.id': materialId })).toBe(1)
    await expectNoDrift()
  })

  it('records a read and a 签阅 with its point once', async () => {
    const noticeId = fixture.ackNoticeId
    await retried(() => t.call(member, 'notices', 'openNotice', { noticeId }))
    await retried(() => t.call(member, 'notices', 'acknowledgeNotice', { noticeId }))
    expect(await count(collections.noticeReads, { _id: `${noticeId}:m006` })).toBe(1)
    expect(await count(collections.noticeAcks, { _id: `${noticeId}:m006` })).toBe(1)
    expect(await count(collections.pointsLedger, { _id: `ack:${noticeId}:m006` })).toBe(1)
    await expectNoDrift()
  })
})
