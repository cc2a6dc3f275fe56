import { collections } from '../../cloudfunctions/common/db/collections'
import {
  END,
  LATE_AFTER,
  OPENS,
  VENUE,
  at,
  codeOnScreen,
  countOf,
  createThemeDay,
  demoIdentities,
  minutes,
  setClock,
  useEventsCloud,
} from './eventsHelpers'

const t = useEventsCloud()

const { secretary, member, member2, otherMember } = demoIdentities
const MEMBER_ID = 'm006'

const create = (overrides = {}) => createThemeDay(t, overrides)

/** Checks in as `openid` at `now` with the code the screen shows `slotsBack` slots earlier. */
const checkInAt = async (eventId: string, now: Date, { slotsBack = 0, openid = member } = {}) => {
  setClock(now)
  const code = await codeOnScreen(t, eventId, now, slotsBack)
  return t.call(openid, 'events', 'checkIn', { eventId, code })
}

const checkins = (eventId: string) => countOf(t, collections.checkins.name, { eventId })

describe('the check-in window (server clock)', () => {
  it('opens 30 minutes before the start and closes at the end', async () => {
    const eventId = await create()
    const early = await checkInAt(eventId, new Date(OPENS.getTime() - 1))
    expect(early).toMatchObject({
      ok: false,
      code: 'CHECKIN_NOT_OPEN',
      message: expect.stringContaining('11月19日 10:30 开放签到'),
    })
    expect(await checkInAt(eventId, OPENS)).toMatchObject({ ok: true, data: { late: false, created: true } })
    expect(await checkInAt(eventId, END, { openid: member2 })).toMatchObject({ ok: true, data: { late: true } })
    const after = await checkInAt(eventId, new Date(END.getTime() + 1), { openid: secretary })
    expect(after).toMatchObject({ ok: false, code: 'CHECKIN_CLOSED' })
    expect(await checkins(eventId)).toBe(2)
  })

  it('is on time up to the late threshold and late one millisecond after', async () => {
    const eventId = await create()
    expect(await checkInAt(eventId, LATE_AFTER)).toMatchObject({ ok: true, data: { late: false } })
    const late = await checkInAt(eventId, new Date(LATE_AFTER.getTime() + 1), { openid: member2 })
    expect(late).toMatchObject({ ok: true, data: { late: true } })
  })

  it('refuses a cancelled event and writes nothing', async () => {
    const eventId = await create()
    await t.ok(secretary, 'events', 'cancelEvent', { eventId })
    expect(await checkInAt(eventId, at(minutes(65)))).toMatchObject({ ok: false, code: 'EVENT_CANCELLED' })
    expect(await checkins(eventId)).toBe(0)
  })
})

describe('the rotating code', () => {
  const during = at(minutes(45))

  it('accepts the current and the previous 20-second slot only', async () => {
    const eventId = await create()
    expect(await checkInAt(eventId, during, { slotsBack: 0 })).toMatchObject({ ok: true })
    expect(await checkInAt(eventId, during, { slotsBack: 1, openid: member2 })).toMatchObject({ ok: true })
    const stale = await checkInAt(eventId, during, { slotsBack: 2, openid: secretary })
    expect(stale).toMatchObject({ ok: false, code: 'CHECKIN_CODE_INVALID', message: expect.stringContaining('已过期') })
    expect(await checkins(eventId)).toBe(2)
  })

  it('refuses a forged code, a code of another event and a missing code', async () => {
    const eventId = await create()
    const real = await codeOnScreen(t, eventId, during)
    // Another event's code: two random secrets share a code once in a million, so take the next event then.
    let foreign = real
    for (let n = 1; foreign === real; n += 1) {
      foreign = await codeOnScreen(t, await create({ title: `另一个活动 ${n}` }), during)
    }
    setClock(during)
    const forged = String((Number(real) + 1) % 1_000_000).padStart(6, '0')
    expect(await t.call(member, 'events', 'checkIn', { eventId, code: forged })).toMatchObject({
      ok: false,
      code: 'CHECKIN_CODE_INVALID',
    })
    expect(await t.call(member, 'events', 'checkIn', { eventId, code: foreign })).toMatchObject({
      ok: false,
      code: 'CHECKIN_CODE_INVALID',
    })
    expect(await t.call(member, 'events', 'checkIn', { eventId })).toMatchObject({
      ok: false,
      code: 'CHECKIN_CODE_REQUIRED',
    })
    for (const code of ['12345', 'abcdef', '1234567', ' 12 34 ']) {
      const result = await t.raw(member, 'events', { action: 'checkIn', payload: { eventId, code } })
      expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '签到码应为 6 位数字' })
    }
    expect(await checkins(eventId)).toBe(0)
  })

  it('shows the secretary the code the server accepts, with a 小程序码 of the check-in page', async () => {
    const eventId = await create()
    setClock(at(minutes(10)))
    expect(await t.ok(secretary, 'events', 'currentCode', { eventId })).toMatchObject({ open: false, code: null })
    setClock(during)
    const screen = await t.ok(secretary, 'events', 'currentCode', { eventId })
    expect(screen).toMatchObject({
      open: true,
      qrKind: 'wxacode',
      path: expect.stringMatching(/^pages\/checkin\/index\?scene=/),
    })
    expect(screen.qrImage).toMatch(/^data:image\/png;base64,/)
    expect(Date.parse(screen.slotEndsAt!) - during.getTime()).toBeLessThanOrEqual(20_000)
    expect(await t.call(member, 'events', 'currentCode', { eventId })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await t.call(member, 'events', 'checkIn', { eventId, code: screen.code! })).toMatchObject({ ok: true })
  })
})

describe('location check-in', () => {
  const during = at(minutes(45))
  /** A point `meters` due north of the venue (1° of latitude ≈ 111,195 m on the mean sphere). */
  const north = (meters: number) => ({ latitude: VENUE.latitude + meters / 111_195.08, longitude: VENUE.longitude })

  const tryAt = (eventId: string, meters: number, accuracy: number, openid = member) =>
    t.call(openid, 'events', 'checkIn', { eventId, location: { ...north(meters), accuracy } })

  it('accepts within the radius and stores the distance', async () => {
    const eventId = await create({ method: 'location' })
    setClock(during)
    const result = await tryAt(eventId, 300, 0)
    expect(result).toMatchObject({ ok: true, data: { method: 'location', distance: 300 } })
    expect(await tryAt(eventId, 301, 0, member2)).toMatchObject({ ok: false, code: 'CHECKIN_TOO_FAR' })
  })

  it('widens the radius by the reported accuracy, at most 100 m', async () => {
    const eventId = await create({ method: 'location' })
    setClock(during)
    expect(await tryAt(eventId, 340, 40)).toMatchObject({ ok: true, data: { distance: 340 } })
    expect(await tryAt(eventId, 401, 400, member2)).toMatchObject({ ok: false, code: 'CHECKIN_TOO_FAR' })
    const far = await tryAt(eventId, 5000, 30, secretary)
    expect(far).toMatchObject({ ok: false, code: 'CHECKIN_TOO_FAR', message: expect.stringContaining('约 5000 米') })
    expect(await tryAt(eventId, 10, 800, secretary)).toMatchObject({ ok: false, code: 'CHECKIN_LOCATION_INACCURATE' })
  })

  it('widens the radius by exactly the accuracy below the cap, and by 100 m above it', async () => {
    const accuracies = [5, 30, 60, 99, 150]
    const eventIds = []
    for (const accuracy of accuracies)
      eventIds.push(await create({ method: 'location', title: `定位签到 ±${accuracy}` }))
    setClock(during)
    for (const [i, accuracy] of accuracies.entries()) {
      const allowed = 300 + Math.min(accuracy, 100)
      const outside = await tryAt(eventIds[i], allowed + 1, accuracy)
      expect({ accuracy, outside }).toMatchObject({ accuracy, outside: { ok: false, code: 'CHECKIN_TOO_FAR' } })
      const edge = await tryAt(eventIds[i], allowed, accuracy)
      expect({ accuracy, edge }).toMatchObject({ accuracy, edge: { ok: true, data: { distance: allowed } } })
    }
  })

  it('measures east–west distances on the sphere too, and takes a ±500 m fix as the worst usable one', async () => {
    const eventId = await create({ method: 'location' })
    setClock(during)
    // 1° of longitude at the venue's latitude is cos(latitude) times 1° of latitude.
    const east = (meters: number) => ({
      latitude: VENUE.latitude,
      longitude: VENUE.longitude + meters / (111_195.08 * Math.cos((VENUE.latitude * Math.PI) / 180)),
      accuracy: 0,
    })
    expect(await t.call(member2, 'events', 'checkIn', { eventId, location: east(301) })).toMatchObject({
      ok: false,
      code: 'CHECKIN_TOO_FAR',
    })
    expect(await t.call(member, 'events', 'checkIn', { eventId, location: east(300) })).toMatchObject({
      ok: true,
      data: { distance: 300 },
    })
    expect(await tryAt(eventId, 400, 500, member2)).toMatchObject({ ok: true, data: { distance: 400 } })
  })

  it('refuses missing or out-of-range coordinates and writes nothing', async () => {
    const eventId = await create({ method: 'location' })
    setClock(during)
    expect(await t.call(member, 'events', 'checkIn', { eventId })).toMatchObject({
      ok: false,
      code: 'CHECKIN_LOCATION_REQUIRED',
    })
    for (const location of [
      { latitude: 91, longitude: 121, accuracy: 10 },
      { latitude: 31, longitude: -181, accuracy: 10 },
      { latitude: 31, longitude: 121 },
      { latitude: '31', longitude: 121, accuracy: 10 },
      { latitude: 31, longitude: 121, accuracy: -1 },
    ]) {
      const result = await t.raw(member, 'events', { action: 'checkIn', payload: { eventId, location } })
      expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    }
    expect(await checkins(eventId)).toBe(0)
  })

  it('asks for the code and the location together when the method is both', async () => {
    const eventId = await create({ method: 'both' })
    setClock(during)
    const code = await codeOnScreen(t, eventId, during)
    expect(await t.call(member, 'events', 'checkIn', { eventId, code })).toMatchObject({
      ok: false,
      code: 'CHECKIN_LOCATION_REQUIRED',
    })
    expect(await tryAt(eventId, 20, 10)).toMatchObject({ ok: false, code: 'CHECKIN_CODE_REQUIRED' })
    const both = await t.call(member, 'events', 'checkIn', { eventId, code, location: { ...north(20), accuracy: 10 } })
    expect(both).toMatchObject({ ok: true, data: { method: 'code', distance: 20 } })
  })
})

describe('one check-in per member per event', () => {
  it('20 parallel retries make exactly one check-in and one points entry, and every caller hears success', async () => {
    const eventId = await create()
    const now = at(minutes(45))
    setClock(now)
    const code = await codeOnScreen(t, eventId, now)
    const results = await Promise.all(
      Array.from({ length: 20 }, () => t.call(member, 'events', 'checkIn', { eventId, code })),
    )
    expect(results.every((result) => result.ok)).toBe(true)
    const created = results.filter((result) => result.ok && result.data.created)
    expect(created).toHaveLength(1)
    const instants = new Set(results.map((result) => (result.ok ? result.data.at : '')))
    expect(instants.size).toBe(1)
    expect(await countOf(t, collections.checkins.name, { eventId, memberId: MEMBER_ID })).toBe(1)
    expect(await countOf(t, collections.pointsLedger.name, { _id: `attend:${eventId}:${MEMBER_ID}` })).toBe(1)
  })

  it('a retry after the window closed still returns the existing check-in', async () => {
    const eventId = await create()
    await checkInAt(eventId, at(minutes(45)))
    setClock(new Date(END.getTime() + minutes(5)))
    const retry = await t.call(member, 'events', 'checkIn', { eventId, code: '000000' })
    expect(retry).toMatchObject({ ok: true, data: { created: false, late: false } })
  })

  it('grants attendance points in the check-in transaction', async () => {
    const eventId = await create()
    await checkInAt(eventId, at(minutes(45)))
    const { data } = await t.db.collection(collections.pointsLedger.name).doc(`attend:${eventId}:${MEMBER_ID}`).get()
    expect(data).toMatchObject({
      memberId: MEMBER_ID,
      branchId: 'b1',
      category: 'attendance',
      subtype: 'theme_day',
      points: 5,
      source: { kind: 'event', id: eventId },
      createdBy: 'system',
    })
  })
})

describe('who may check in', () => {
  it('a member of another branch can neither check in nor read attendance', async () => {
    const eventId = await create()
    const now = at(minutes(45))
    setClock(now)
    const code = await codeOnScreen(t, eventId, now)
    expect(await t.call(otherMember, 'events', 'checkIn', { eventId, code })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await t.call(otherMember, 'events', 'liveAttendance', { eventId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await t.call(demoIdentities.otherSecretary, 'events', 'liveAttendance', { eventId })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await checkins(eventId)).toBe(0)
  })

  it('a member outside the expected attendees (a 支委会) is told so', async () => {
    const eventId = await create({ type: 'committee_meeting' })
    const result = await checkInAt(eventId, at(minutes(45)))
    expect(result).toMatchObject({ ok: false, code: 'CHECKIN_NOT_EXPECTED' })
  })
})
