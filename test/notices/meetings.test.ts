import { demoIdentities } from '../helpers/testCloud'
import {
  LOCAL_TEMPLATES,
  generalNotice,
  insertMeeting,
  optIn,
  outbox,
  NOTICES_NOW as NOW,
  useNoticesCloud,
} from './helpers'

const t = useNoticesCloud({ clock: NOW })

const { secretary, member, member2, committee, otherSecretary } = demoIdentities
const minutes = (count: number) => new Date(NOW.getTime() + count * 60_000)
/** The demo seed holds meetings of its own: look only at the reminders of one meeting. */
const meetingReminders = async (eventId: string) =>
  (await outbox(t, LOCAL_TEMPLATES.meeting)).filter(
    (message) => message.page === `pages/checkin/index?eventId=${eventId}`,
  )

describe('meeting notices and before-meeting reminders', () => {
  it('links a meeting notice to its meeting: time, venue and check-in', async () => {
    await insertMeeting(t, { _id: 'ev-soon', start: minutes(24 * 60) })
    const options = await t.ok(secretary, 'notices', 'publishOptions', {})
    // The demo seed has meetings of its own; ours must be offered among them.
    expect(options.events.map((event) => event.eventId)).toContain('ev-soon')
    const { notice } = await t.ok(
      secretary,
      'notices',
      'publishNotice',
      generalNotice({ kind: 'meeting', eventId: 'ev-soon', requiresAck: true }),
    )
    const detail = await t.ok(member, 'notices', 'openNotice', { noticeId: notice.id })
    expect(detail.event).toEqual({
      eventId: 'ev-soon',
      title: '第四季度支部党员大会',
      startAt: minutes(24 * 60).toISOString(),
      endAt: minutes(26 * 60).toISOString(),
      venue: '三楼党员活动室',
    })
  })

  it('refuses a meeting notice without a meeting, or for a cancelled or other branch meeting', async () => {
    await insertMeeting(t, { _id: 'ev-cancelled', start: minutes(600), status: 'cancelled' })
    await insertMeeting(t, { _id: 'ev-other', start: minutes(600), branchId: 'b2' })
    const before = t.cloud.database.dump()
    const attempt = (eventId?: string) =>
      t.call(secretary, 'notices', 'publishNotice', generalNotice({ kind: 'meeting', ...(eventId ? { eventId } : {}) }))
    expect(await attempt()).toMatchObject({ ok: false, code: 'NOTICE_EVENT_REQUIRED' })
    expect(await attempt('ev-cancelled')).toMatchObject({ ok: false, code: 'NOTICE_EVENT_INVALID' })
    expect(await attempt('ev-other')).toMatchObject({ ok: false, code: 'NOTICE_EVENT_INVALID' })
    expect(await attempt('ev-missing')).toMatchObject({ ok: false, code: 'NOTICE_EVENT_INVALID' })
    expect(t.cloud.database.dump()).toEqual(before)
    // Each secretary is offered only their own branch's planned meetings.
    const ownOffer = (await t.ok(secretary, 'notices', 'publishOptions', {})).events.map((event) => event.eventId)
    expect(ownOffer).not.toContain('ev-cancelled')
    expect(ownOffer).not.toContain('ev-other')
    const offered = (await t.ok(otherSecretary, 'notices', 'publishOptions', {})).events
    expect(offered.map((event) => event.eventId)).toContain('ev-other')
    expect(offered.every((event) => event.branchId === 'b2')).toBe(true)
  })

  it('sends exactly one reminder per member per meeting when the timer runs twice', async () => {
    await insertMeeting(t, { _id: 'ev-in-40', start: minutes(40) })
    await insertMeeting(t, { _id: 'ev-in-3h', start: minutes(180) })
    for (const openid of [secretary, member, member2]) await optIn(t, openid, 3)

    const runs = await Promise.all([
      t.cloud.runTimer('notices', 'sendMeetingReminders'),
      t.cloud.runTimer('notices', 'sendMeetingReminders'),
    ])
    expect(runs.every((run) => run.ok)).toBe(true)
    jest.setSystemTime(minutes(5))
    expect(await t.cloud.runTimer('notices', 'sendMeetingReminders')).toMatchObject({ ok: true })

    const reminders = await meetingReminders('ev-in-40')
    expect(await meetingReminders('ev-in-3h')).toEqual([])
    expect(reminders.map((message) => message.touser).sort()).toEqual([secretary, member, member2].sort())
    expect(reminders[0]).toMatchObject({
      page: 'pages/checkin/index?eventId=ev-in-40',
      data: { thing1: { value: '第四季度支部党员大会' }, thing3: { value: '三楼党员活动室' } },
    })
    // m002 is expected but never opted in; the 3-hour meeting is outside the 60-minute lead time.
    expect(reminders.some((message) => message.touser === committee)).toBe(false)
  })

  it('does not remind members whose leave was approved, nor for cancelled meetings', async () => {
    await insertMeeting(t, { _id: 'ev-leave', start: minutes(30) })
    await insertMeeting(t, { _id: 'ev-off', start: minutes(30), status: 'cancelled' })
    await t.db.collection('leaves').add({
      data: {
        _id: 'ev-leave:m006',
        eventId: 'ev-leave',
        branchId: 'b1',
        memberId: 'm006',
        reason: '出差',
        status: 'approved',
        requestedAt: NOW,
        decidedBy: 'm001',
        decidedAt: NOW,
      },
    })
    // Enough credits for the demo seed's own meetings within the hour too.
    await optIn(t, member, 5)
    await optIn(t, member2, 5)
    const run = await t.cloud.runTimer('notices', 'sendMeetingReminders')
    expect(run).toMatchObject({ ok: true })
    expect((await meetingReminders('ev-leave')).map((message) => message.touser)).toEqual([member2])
    expect(await meetingReminders('ev-off')).toEqual([])
  })
})

describe('a cancelled meeting', () => {
  it('marks its meeting notice 已取消 and tells the notice recipients once', async () => {
    await insertMeeting(t, { _id: 'ev-to-cancel', start: minutes(24 * 60) })
    const { notice } = await t.ok(
      secretary,
      'notices',
      'publishNotice',
      generalNotice({ kind: 'meeting', eventId: 'ev-to-cancel' }),
    )
    await optIn(t, member)
    await t.ok(secretary, 'events', 'cancelEvent', { eventId: 'ev-to-cancel', reason: '与上级会议冲突' })

    const detail = await t.ok(member, 'notices', 'openNotice', { noticeId: notice.id })
    expect(detail.cancelled).toBe(true)
    const told = await outbox(t, LOCAL_TEMPLATES.notice)
    expect(told).toEqual([
      expect.objectContaining({
        touser: member,
        page: `pages/notice-detail/index?id=${notice.id}`,
        data: expect.objectContaining({ thing4: { value: '会议已取消，请留意后续安排' } }),
      }),
    ])
  })
})
