import { collections } from '../../cloudfunctions/common/db/collections'
import {
  END,
  OPENS,
  START,
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

const { secretary, committee, member, member2, otherMember, otherSecretary } = demoIdentities
const create = (overrides = {}) => createThemeDay(t, overrides)
const leaves = (eventId: string) => countOf(t, collections.leaves.name, { eventId })

describe('请假', () => {
  it('a member asks before the start; the secretary approves; approved leave leaves the expected count', async () => {
    const eventId = await create()
    const asked = await t.ok(member, 'events', 'requestLeave', { eventId, reason: '出差在外地' })
    expect(asked).toMatchObject({ status: 'pending', memberId: 'm006', reason: '出差在外地' })
    const pending = await t.ok(secretary, 'events', 'listPendingLeaves', {})
    expect(pending.map((leave) => leave.memberId)).toContain('m006')
    const approved = await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true })
    expect(approved).toMatchObject({ status: 'approved', decidedByName: expect.any(String) })
    // A double tap or a retry after a lost answer: the same decision answers as it stands.
    expect(await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true })).toEqual(
      approved,
    )
    expect(await t.ok(member, 'events', 'getEvent', { eventId })).toMatchObject({ me: { attendance: 'on_leave' } })
    setClock(new Date(END.getTime() + 1))
    const sheet = await t.ok(secretary, 'events', 'liveAttendance', { eventId })
    expect(sheet.counts).toMatchObject({ expected: 20, onLeave: 1, absent: 19, checkedIn: 0 })
    expect(
      await t.call(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: false, note: '会议重要' }),
    ).toMatchObject({
      ok: false,
      code: 'LEAVE_DECIDED',
    })
  })

  it('refuses leave after the start and writes nothing', async () => {
    const eventId = await create()
    setClock(START)
    const late = await t.call(member, 'events', 'requestLeave', { eventId, reason: '临时有事' })
    expect(late).toMatchObject({ ok: false, code: 'LEAVE_TOO_LATE' })
    expect(await leaves(eventId)).toBe(0)
  })

  it('asking again updates a pending request; a rejection needs a reason the member reads; a rejected one can be asked anew', async () => {
    const eventId = await create()
    await t.ok(member, 'events', 'requestLeave', { eventId, reason: '家中有事' })
    await t.ok(member, 'events', 'requestLeave', { eventId, reason: '家中老人住院' })
    expect(await leaves(eventId)).toBe(1)
    const before = t.cloud.database.dump()
    for (const note of [undefined, ' 不 ']) {
      const payload = { eventId, memberId: 'm006', approve: false, ...(note ? { note } : {}) }
      expect(await t.call(secretary, 'events', 'decideLeave', payload)).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
        message: '请填写驳回理由（至少 2 个字），党员会看到',
      })
    }
    expect(t.cloud.database.dump()).toEqual(before)
    const note = '本次为换届选举，请务必参加'
    const rejected = await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: false, note })
    expect(rejected).toMatchObject({ status: 'rejected', decisionNote: note })
    expect(await t.ok(member, 'events', 'getEvent', { eventId })).toMatchObject({
      me: { attendance: 'not_started', leave: { status: 'rejected', decisionNote: note } },
    })
    await t.ok(member, 'events', 'requestLeave', { eventId, reason: '家中老人住院，需陪护' })
    expect((await t.ok(member, 'events', 'getEvent', { eventId })).me.leave).toMatchObject({ decisionNote: null })
    await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true })
    expect(await t.call(member, 'events', 'requestLeave', { eventId, reason: '再请一次' })).toMatchObject({
      ok: false,
      code: 'LEAVE_ALREADY_APPROVED',
    })
  })

  it('refuses leave after checking in, an empty reason, and another branch', async () => {
    const eventId = await create()
    setClock(OPENS)
    const code = await codeOnScreen(t, eventId, OPENS)
    await t.ok(member, 'events', 'checkIn', { eventId, code })
    expect(await t.call(member, 'events', 'requestLeave', { eventId, reason: '有事' })).toMatchObject({
      ok: false,
      code: 'LEAVE_AFTER_CHECKIN',
    })
    const empty = await t.call(member2, 'events', 'requestLeave', { eventId, reason: '  ' })
    expect(empty).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '请假理由至少需要 2 个字' })
    expect(await t.call(otherMember, 'events', 'requestLeave', { eventId, reason: '有事请假' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(
      await t.call(otherSecretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true }),
    ).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await leaves(eventId)).toBe(0)
  })

  it('a member on leave who turns up after all counts as present, not on leave', async () => {
    const eventId = await create()
    await t.ok(member, 'events', 'requestLeave', { eventId, reason: '可能出差' })
    await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm006', approve: true })
    setClock(at(minutes(50)))
    const code = await codeOnScreen(t, eventId, at(minutes(50)))
    await t.ok(member, 'events', 'checkIn', { eventId, code })
    const sheet = await t.ok(secretary, 'events', 'liveAttendance', { eventId })
    expect(sheet.counts).toMatchObject({ checkedIn: 1, onLeave: 0 })
    expect((await t.db.collection(collections.leaves.name).doc(`${eventId}:m006`).get()).data).toMatchObject({
      status: 'withdrawn',
    })
  })
})

describe('补签', () => {
  it('needs a reason, records who and when, and earns the attendance points', async () => {
    const eventId = await create()
    const noReason = await t.raw(secretary, 'events', {
      action: 'makeUpCheckIn',
      payload: { eventId, memberId: 'm006', reason: '' },
    })
    expect(noReason).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '补签原因至少需要 2 个字' })
    const now = at(minutes(160))
    setClock(now)
    const made = await t.ok(secretary, 'events', 'makeUpCheckIn', {
      eventId,
      memberId: 'm006',
      reason: '手机没电，现场确认到会',
    })
    expect(made).toMatchObject({ method: 'makeup', late: false, at: now.toISOString(), created: true })
    const { data: checkin } = await t.db.collection(collections.checkins.name).doc(`${eventId}:m006`).get()
    expect(checkin).toMatchObject({ makeup: { by: 'm001', reason: '手机没电，现场确认到会' }, at: now })
    const { data: entry } = await t.db.collection(collections.pointsLedger.name).doc(`attend:${eventId}:m006`).get()
    expect(entry).toMatchObject({ points: 5, createdBy: 'm001' })
    const sheet = await t.ok(secretary, 'events', 'liveAttendance', { eventId })
    expect(sheet.attendees.find((row) => row.memberId === 'm006')).toMatchObject({
      attendance: 'checked_in',
      method: 'makeup',
      makeupReason: '手机没电，现场确认到会',
    })
  })

  it('refuses before the window opens, twice for one member, for non-attendees and for others than the secretary', async () => {
    const eventId = await create({ type: 'committee_meeting' })
    const payload = { eventId, memberId: 'm002', reason: '现场签到失败' }
    expect(await t.call(secretary, 'events', 'makeUpCheckIn', payload)).toMatchObject({
      ok: false,
      code: 'MAKEUP_TOO_EARLY',
    })
    setClock(at(minutes(90)))
    await t.ok(secretary, 'events', 'makeUpCheckIn', payload)
    expect(await t.call(secretary, 'events', 'makeUpCheckIn', payload)).toMatchObject({
      ok: false,
      code: 'CHECKIN_EXISTS',
    })
    expect(await t.call(secretary, 'events', 'makeUpCheckIn', { ...payload, memberId: 'm006' })).toMatchObject({
      ok: false,
      code: 'CHECKIN_NOT_EXPECTED',
    })
    expect(await t.call(committee, 'events', 'makeUpCheckIn', { ...payload, memberId: 'm003' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await countOf(t, collections.checkins.name, { eventId })).toBe(1)
  })
})

describe('live attendance', () => {
  it('counts checked in, late, on leave, waiting and absent, with names', async () => {
    const eventId = await create({ expectedMemberIds: ['m006', 'm007', 'm008', 'm009'] })
    await t.ok(demoIdentities.member2, 'events', 'requestLeave', { eventId, reason: '外出培训' })
    await t.ok(secretary, 'events', 'decideLeave', { eventId, memberId: 'm007', approve: true })
    const onTime = at(minutes(40))
    setClock(onTime)
    await t.ok(member, 'events', 'checkIn', { eventId, code: await codeOnScreen(t, eventId, onTime) })
    const late = at(minutes(80))
    setClock(late)
    await t.ok('demo-m008', 'events', 'checkIn', { eventId, code: await codeOnScreen(t, eventId, late) })
    const during = await t.ok(committee, 'events', 'liveAttendance', { eventId })
    expect(during).toMatchObject({ windowOpen: true, phase: 'open' })
    expect(during.counts).toEqual({ expected: 4, checkedIn: 2, late: 1, onLeave: 1, absent: 0, waiting: 1 })
    expect(during.attendees.map((row) => [row.memberId, row.attendance])).toEqual([
      ['m009', 'can_check_in'],
      ['m007', 'on_leave'],
      ['m008', 'late'],
      ['m006', 'checked_in'],
    ])
    expect(during.attendees[3]).toMatchObject({ at: onTime.toISOString(), method: 'code', name: expect.any(String) })
    setClock(new Date(END.getTime() + 1))
    const after = await t.ok(secretary, 'events', 'liveAttendance', { eventId })
    expect(after.counts).toMatchObject({ absent: 1, waiting: 0 })
    expect(await t.call(member, 'events', 'liveAttendance', { eventId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })
})
