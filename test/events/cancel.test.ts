import { collections } from '../../cloudfunctions/common/db/collections'
import type { LedgerDoc } from '../../cloudfunctions/common/db/models/points'
import { LOCAL_TEMPLATES, optIn, outbox } from '../notices/helpers'
import { at, attendAt, createThemeDay, demoIdentities, minutes, setClock, useEventsCloud } from './eventsHelpers'

const t = useEventsCloud()
const { secretary, member, member2 } = demoIdentities

const ledgerOf = async (memberId: string) =>
  (
    await t.db
      .collection<LedgerDoc>(collections.pointsLedger.name)
      .where({ memberId, category: 'attendance' })
      .limit(100)
      .get()
  ).data

describe('cancelling an event', () => {
  it('reverses the attendance points with reversal entries, keeps the check-ins and tells the members', async () => {
    const eventId = await createThemeDay(t)
    const before = await t.ok(member, 'points', 'myPoints', {})
    await attendAt(t, eventId, member, at(minutes(50)))
    const earned = await t.ok(member, 'points', 'myPoints', {})
    expect(earned.year).toBeGreaterThan(before.year)
    await optIn(t, member2)

    setClock(at(minutes(55)))
    const cancelled = await t.ok(secretary, 'events', 'cancelEvent', { eventId, reason: '与上级会议冲突' })
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '与上级会议冲突' })

    expect((await t.ok(member, 'points', 'myPoints', {})).year).toBe(before.year)
    const entries = await ledgerOf('m006')
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ _id: `attend:${eventId}:m006`, status: 'granted' }),
        expect.objectContaining({
          _id: `reverse:attend:${eventId}:m006`,
          status: 'reversal',
          points: -(earned.year - before.year),
          reason: expect.stringContaining('活动已取消'),
        }),
      ]),
    )
    expect(await t.db.collection(collections.checkins.name).where({ eventId }).count()).toMatchObject({ total: 1 })
    expect((await t.ok(member, 'events', 'getEvent', { eventId })).me.attendance).toBe('checked_in')

    const told = await outbox(t, LOCAL_TEMPLATES.meeting)
    expect(told).toEqual([
      expect.objectContaining({
        touser: member2,
        page: `pages/checkin/index?eventId=${eventId}`,
        data: expect.objectContaining({ thing4: { value: '活动已取消，签到所得积分已撤回' } }),
      }),
    ])
  })

  it('an event nobody attended is cancelled without ledger entries, and cannot be cancelled twice', async () => {
    const eventId = await createThemeDay(t)
    const ledger = await t.db.collection(collections.pointsLedger.name).count()
    await t.ok(secretary, 'events', 'cancelEvent', { eventId })
    expect((await t.db.collection(collections.pointsLedger.name).count()).total).toBe(ledger.total)
    const after = t.cloud.database.dump()
    expect(await t.call(secretary, 'events', 'cancelEvent', { eventId })).toMatchObject({ code: 'EVENT_CANCELLED' })
    expect(t.cloud.database.dump()).toEqual(after)
  })
})
