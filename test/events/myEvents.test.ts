import { END, at, attendAt, createThemeDay, demoIdentities, minutes, setClock, useEventsCloud } from './eventsHelpers'

const t = useEventsCloud()

const { committee, member } = demoIdentities
const create = (overrides = {}) => createThemeDay(t, overrides)
const attend = (eventId: string, openid: string, now: Date) => attendAt(t, eventId, openid, now)

describe('members side', () => {
  it('lists upcoming and recent events with the member standing', async () => {
    const open = await create({ title: '今日主题党日' })
    const later = await create({
      type: 'party_lecture',
      title: '下周党课',
      start: at(minutes(60 * 24 * 7)).toISOString(),
      end: at(minutes(60 * 24 * 7 + 60)).toISOString(),
    })
    const committeeOnly = await create({ type: 'committee_meeting', title: '支委会' })
    const now = at(minutes(45))
    await attend(open, member, now)
    const mine = await t.ok(member, 'events', 'listMyEvents', {})
    const ids = mine.map((event) => event.id)
    expect(ids).toEqual(expect.arrayContaining([open, later]))
    expect(ids).not.toContain(committeeOnly)
    expect(ids.indexOf(open)).toBeLessThan(ids.indexOf(later))
    expect(mine.find((event) => event.id === open)?.me).toMatchObject({
      attendance: 'checked_in',
      checkedInAt: now.toISOString(),
    })
    expect(mine.find((event) => event.id === later)?.me.attendance).toBe('not_started')
    expect(
      (await t.ok(demoIdentities.member2, 'events', 'listMyEvents', {})).find((e) => e.id === open)?.me.attendance,
    ).toBe('can_check_in')
    setClock(new Date(END.getTime() + 1))
    const after = await t.ok(demoIdentities.member2, 'events', 'listMyEvents', {})
    expect(after.find((event) => event.id === open)?.me.attendance).toBe('absent')
  })

  it('lists a month of branch events with figures for the committee', async () => {
    const eventId = await create()
    await attend(eventId, member, at(minutes(80)))
    const rows = await t.ok(committee, 'events', 'listBranchEvents', { month: '2026-11' })
    expect(rows.find((row) => row.id === eventId)).toMatchObject({ expectedCount: 20, checkedInCount: 1, lateCount: 1 })
    expect(await t.call(member, 'events', 'listBranchEvents', { month: '2026-11' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })
})
