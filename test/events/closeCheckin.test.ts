import {
  END,
  START,
  at,
  attendAt,
  codeOnScreen,
  createThemeDay,
  demoIdentities,
  minutes,
  minutesPayload,
  setClock,
  useEventsCloud,
} from './eventsHelpers'

const t = useEventsCloud()
const { secretary, member, member2, otherSecretary } = demoIdentities
const record = (eventId: string) => t.ok(secretary, 'events', 'recordMinutes', minutesPayload(eventId))

describe('one check-in state for the secretary and the members', () => {
  it('minutes recorded during the meeting leave check-in open for everyone until the end', async () => {
    const eventId = await createThemeDay(t)
    setClock(at(minutes(61)))
    const held = await record(eventId)
    expect(held).toMatchObject({ status: 'held', phase: 'open', checkinClosesAt: END.toISOString() })
    const live = await t.ok(secretary, 'events', 'liveAttendance', { eventId })
    expect(live).toMatchObject({ phase: 'open', windowOpen: true, counts: { absent: 0 } })
    expect(live.counts.waiting).toBe(live.counts.expected)
    expect((await t.ok(member, 'events', 'getEvent', { eventId })).me.attendance).toBe('can_check_in')

    await attendAt(t, eventId, member, at(minutes(63)))
    expect((await t.ok(secretary, 'events', 'liveAttendance', { eventId })).counts.checkedIn).toBe(1)

    setClock(at(minutes(151)))
    const after = await t.ok(secretary, 'events', 'liveAttendance', { eventId })
    expect(after).toMatchObject({ phase: 'held', windowOpen: false })
    expect(after.counts.absent).toBe(after.counts.expected - 1)
    expect((await t.ok(member2, 'events', 'getEvent', { eventId })).me.attendance).toBe('absent')
  })

  it('the secretary closes check-in early: members are refused and counted absent on both sides', async () => {
    const eventId = await createThemeDay(t)
    await attendAt(t, eventId, member, at(minutes(50)))
    setClock(at(minutes(90)))
    const closed = await t.ok(secretary, 'events', 'closeCheckin', { eventId })
    expect(closed).toMatchObject({ phase: 'ended', checkinClosesAt: at(minutes(90)).toISOString() })

    setClock(at(minutes(91)))
    const code = await codeOnScreen(t, eventId, at(minutes(91)))
    expect(await t.call(member2, 'events', 'checkIn', { eventId, code })).toMatchObject({
      ok: false,
      code: 'CHECKIN_CLOSED',
      message: '支部书记已结束签到，如确实到会请联系支部书记补签',
    })
    expect((await t.ok(member2, 'events', 'getEvent', { eventId })).me.attendance).toBe('absent')
    const live = await t.ok(secretary, 'events', 'liveAttendance', { eventId })
    expect(live).toMatchObject({ phase: 'ended', windowOpen: false, counts: { checkedIn: 1, waiting: 0 } })
    expect(live.counts.absent).toBe(live.counts.expected - 1)
    expect((await t.ok(secretary, 'events', 'currentCode', { eventId })).open).toBe(false)
    // 补签 stays possible for someone who was there.
    await t.ok(secretary, 'events', 'makeUpCheckIn', { eventId, memberId: 'm007', reason: '手机没电' })
  })

  it('closing is refused before the window, twice, after the end and for another branch, writing nothing', async () => {
    const eventId = await createThemeDay(t)
    expect(await t.call(secretary, 'events', 'closeCheckin', { eventId })).toMatchObject({ code: 'CHECKIN_NOT_OPEN' })
    setClock(START)
    expect(await t.call(otherSecretary, 'events', 'closeCheckin', { eventId })).toMatchObject({ code: 'NOT_FOUND' })
    await t.ok(secretary, 'events', 'closeCheckin', { eventId })
    const closed = t.cloud.database.dump()
    expect(await t.call(secretary, 'events', 'closeCheckin', { eventId })).toMatchObject({ code: 'CHECKIN_CLOSED' })
    expect(t.cloud.database.dump()).toEqual(closed)
    const other = await createThemeDay(t, {
      start: at(minutes(120)).toISOString(),
      end: at(minutes(150)).toISOString(),
    })
    setClock(at(minutes(151)))
    const ended = t.cloud.database.dump()
    expect(await t.call(secretary, 'events', 'closeCheckin', { eventId: other })).toMatchObject({
      code: 'CHECKIN_CLOSED',
    })
    expect(t.cloud.database.dump()).toEqual(ended)
  })
})
