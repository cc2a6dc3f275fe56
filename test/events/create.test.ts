import { collections } from '../../cloudfunctions/common/db/collections'
import { END, at, demoIdentities, eventDoc, minutes, themeDay, useEventsCloud } from './eventsHelpers'

const t = useEventsCloud()

const { secretary, otherSecretary, member, otherMember, leader } = demoIdentities

describe('creating an event', () => {
  it('plans a 主题党日 for the whole branch with the default window and late threshold', async () => {
    const event = await t.ok(secretary, 'events', 'createEvent', themeDay())
    expect(event).toMatchObject({
      branchId: 'b1',
      type: 'theme_day',
      status: 'planned',
      phase: 'upcoming',
      method: 'code',
      venue: { radius: 300 },
      checkinOpensAt: at(minutes(30)).toISOString(),
      lateAfter: at(minutes(70)).toISOString(),
      opensBeforeMinutes: 30,
      lateAfterMinutes: 10,
      expectedCount: 20,
      canManage: true,
    })
    expect(event).not.toHaveProperty('secret')
    const stored = await eventDoc(t, event.id)
    expect(stored.start).toEqual(at(minutes(60)))
    expect(stored.secret).toMatch(/^[0-9a-f]{64}$/)
  })

  it('answers a retried publish (same request id) with the event it already made', async () => {
    const events = async () => (await t.db.collection(collections.events.name).where({ branchId: 'b1' }).get()).data
    const before = (await events()).length
    const payload = themeDay({ requestId: 'event-form-1' })
    const [first, concurrent] = await Promise.all([
      t.ok(secretary, 'events', 'createEvent', payload),
      t.ok(secretary, 'events', 'createEvent', payload),
    ])
    const again = await t.ok(secretary, 'events', 'createEvent', payload)
    expect([concurrent.id, again.id]).toEqual([first.id, first.id])
    expect(await events()).toHaveLength(before + 1)
    const other = await t.ok(otherSecretary, 'events', 'createEvent', payload)
    expect(other).toMatchObject({ branchId: 'b2' })
    expect(other.id).not.toBe(first.id)
  })

  it('expects the committee for a 支委会 and the group for a 党小组会', async () => {
    const committee = await t.ok(secretary, 'events', 'createEvent', themeDay({ type: 'committee_meeting' }))
    expect(committee.expectedMemberIds.sort()).toEqual(['m001', 'm002', 'm003'])
    const group = await t.ok(secretary, 'events', 'createEvent', themeDay({ type: 'group_meeting', groupId: 'b1-g1' }))
    expect(group.expectedCount).toBe(10)
    expect(group.groupName).toBe('第一党小组')
  })

  it('refuses bad schedules, a group meeting without a group and location check-in without coordinates', async () => {
    const cases = [
      [themeDay({ end: at(minutes(59)).toISOString() }), 'INVALID_INPUT', '结束时间必须晚于开始时间'],
      [
        themeDay({
          start: at(-minutes(60 * 24 * 40)).toISOString(),
          end: at(-minutes(60 * 24 * 40 - 60)).toISOString(),
        }),
        'EVENT_SCHEDULE_INVALID',
        '开始时间不能早于',
      ],
      [themeDay({ type: 'group_meeting' }), 'EVENT_GROUP_REQUIRED', '请选择党小组'],
      [themeDay({ type: 'group_meeting', groupId: 'b2-g1' }), 'EVENT_GROUP_REQUIRED', '不属于本支部'],
      [themeDay({ method: 'location', venue: { name: '会议室' } }), 'EVENT_VENUE_LOCATION_REQUIRED', '经纬度'],
      [themeDay({ expectedMemberIds: ['m006', 'm026'] }), 'EVENT_ATTENDEES_INVALID', '本支部'],
      [themeDay({ lateAfterMinutes: 200 }), 'EVENT_SCHEDULE_INVALID', '迟到判定时间'],
      [themeDay({ venue: { ...themeDay().venue, latitude: 95 } }), 'INVALID_INPUT', '纬度不能大于 90'],
    ] as const
    for (const [payload, code, message] of cases) {
      const result = await t.call(secretary, 'events', 'createEvent', payload)
      expect(result).toMatchObject({ ok: false, code, message: expect.stringContaining(message) })
    }
    expect(await t.db.collection(collections.events.name).where({ title: themeDay().title }).count()).toMatchObject({
      total: 0,
    })
  })

  it('refuses unknown fields and operator objects', async () => {
    const before = t.cloud.database.dump()
    for (const payload of [
      { ...themeDay(), branchId: 'b2' },
      { ...themeDay(), title: { $ne: null } },
      { ...themeDay(), venue: { ...themeDay().venue, __proto__: { radius: 1 }, extra: 1 } },
    ]) {
      const result = await t.raw(secretary, 'events', { action: 'createEvent', payload })
      expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    }
    expect(t.cloud.database.dump()).toEqual(before)
  })

  it('lets only secretaries create, always for their own branch', async () => {
    expect(await t.call(member, 'events', 'createEvent', themeDay())).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await t.call(leader, 'events', 'createEvent', themeDay())).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const other = await t.ok(otherSecretary, 'events', 'createEvent', themeDay())
    expect(other.branchId).toBe('b2')
    const roster = await t.ok(otherSecretary, 'members', 'listRoster', {})
    expect([...other.expectedMemberIds].sort()).toEqual(roster.map((entry) => entry.memberId).sort())
    expect(roster.map((entry) => entry.branchId)).toEqual(Array(20).fill('b2'))
  })
})

describe('editing and cancelling', () => {
  it('edits the schedule and keeps a custom attendee list', async () => {
    const created = await t.ok(secretary, 'events', 'createEvent', themeDay({ expectedMemberIds: ['m006', 'm007'] }))
    const updated = await t.ok(secretary, 'events', 'updateEvent', {
      eventId: created.id,
      ...themeDay({ title: '改期后的主题党日', venue: { name: '一楼报告厅' }, lateAfterMinutes: 15 }),
    })
    expect(updated).toMatchObject({ title: '改期后的主题党日', lateAfterMinutes: 15, expectedCount: 2 })
    expect(updated.venue).toEqual({ name: '一楼报告厅', latitude: null, longitude: null, radius: 300 })
  })

  it('only the branch secretary edits or cancels, and not after the end', async () => {
    const created = await t.ok(secretary, 'events', 'createEvent', themeDay())
    const edit = { eventId: created.id, ...themeDay({ title: '别的支部来改' }) }
    expect(await t.call(otherSecretary, 'events', 'updateEvent', edit)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await t.call(otherSecretary, 'events', 'cancelEvent', { eventId: created.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    jest.setSystemTime(new Date(END.getTime() + 1))
    expect(await t.call(secretary, 'events', 'updateEvent', edit)).toMatchObject({ ok: false, code: 'EVENT_ENDED' })
    expect((await eventDoc(t, created.id)).title).toBe(created.title)
  })

  it('cancels once; a cancelled event cannot be edited', async () => {
    const created = await t.ok(secretary, 'events', 'createEvent', themeDay())
    const cancelled = await t.ok(secretary, 'events', 'cancelEvent', { eventId: created.id, reason: '与上级会议冲突' })
    expect(cancelled).toMatchObject({ status: 'cancelled', phase: 'cancelled', cancelReason: '与上级会议冲突' })
    expect(await t.call(secretary, 'events', 'cancelEvent', { eventId: created.id })).toMatchObject({
      ok: false,
      code: 'EVENT_CANCELLED',
    })
    expect(await t.call(secretary, 'events', 'updateEvent', { eventId: created.id, ...themeDay() })).toMatchObject({
      ok: false,
      code: 'EVENT_CANCELLED',
    })
  })
})

describe('reading an event', () => {
  it('any member of the branch reads it, without the code secret; other branches cannot', async () => {
    const created = await t.ok(secretary, 'events', 'createEvent', themeDay())
    const seen = await t.ok(member, 'events', 'getEvent', { eventId: created.id })
    expect(seen).toMatchObject({ id: created.id, canManage: false, canSeeAttendance: false })
    expect(seen.me).toMatchObject({ attendance: 'not_started', expected: true })
    expect(JSON.stringify(seen)).not.toContain((await eventDoc(t, created.id)).secret)
    expect(await t.call(otherMember, 'events', 'getEvent', { eventId: created.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await t.ok(leader, 'events', 'getEvent', { eventId: created.id })).toMatchObject({ canSeeAttendance: true })
    expect(await t.call(member, 'events', 'getEvent', { eventId: 'nope' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })
})
