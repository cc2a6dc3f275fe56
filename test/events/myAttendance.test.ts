import type { MyAttendance } from '../../cloudfunctions/common/contract/events'
import { collections } from '../../cloudfunctions/common/db/collections'
import { at, attendAt, createThemeDay, demoIdentities, minutes, setClock, useEventsCloud } from './eventsHelpers'

const t = useEventsCloud()

const { member, secretary } = demoIdentities
const DAY = minutes(24 * 60)
/** A 主题党日 `days` after the standard one, same hours. */
const onDay = (days: number, title: string) =>
  createThemeDay(t, {
    title,
    start: at(minutes(60) + days * DAY).toISOString(),
    end: at(minutes(150) + days * DAY).toISOString(),
  })
const mine = () => t.ok(member, 'events', 'myAttendance', {})
const standing = (record: MyAttendance, eventId: string) =>
  record.events.find((event) => event.id === eventId)?.me.attendance

describe('我的出勤 and 我的请假', () => {
  it('counts present, late, on leave and absent over the ended events, and lists the leave decisions', async () => {
    // Only this test's events: the demo year of 第一支部 is set aside.
    await t.db.collection(collections.events.name).where({ branchId: 'b1' }).remove()
    const onTime = await onDay(0, '按时参加')
    const late = await onDay(1, '迟到参加')
    const leave = await onDay(2, '请假获批')
    const missed = await onDay(3, '未参加')
    await onDay(30, '下月活动')
    await t.ok(member, 'events', 'requestLeave', { eventId: leave, reason: '出差在外地' })
    await t.ok(secretary, 'events', 'decideLeave', { eventId: leave, memberId: 'm006', approve: true })
    await attendAt(t, onTime, member, at(minutes(45)))
    await attendAt(t, late, member, at(DAY + minutes(80)))

    // During the last one: it has started but not ended, so it is listed and not yet counted.
    setClock(at(3 * DAY + minutes(100)))
    const during = await mine()
    expect(standing(during, missed)).toBe('can_check_in')
    expect(during.counts.expected).toBe(3)

    setClock(at(4 * DAY))
    const after = await mine()
    expect(after.year).toBe(2026)
    expect(after.counts).toEqual({ expected: 4, present: 1, late: 1, onLeave: 1, absent: 1 })
    expect([onTime, late, leave, missed].map((id) => standing(after, id))).toEqual([
      'checked_in',
      'late',
      'on_leave',
      'absent',
    ])
    expect(after.events.map((event) => event.id)).toEqual([missed, leave, late, onTime])
    expect(after.leaves.find((entry) => entry.eventId === leave)).toMatchObject({
      eventTitle: '请假获批',
      reason: '出差在外地',
      status: 'approved',
      decidedByName: expect.any(String),
    })
  })

  it('shows each member only their own record', async () => {
    const eventId = await onDay(0, '按时参加')
    await attendAt(t, eventId, member, at(minutes(45)))
    setClock(at(DAY))
    const other = await t.ok(demoIdentities.member2, 'events', 'myAttendance', {})
    expect(other.events.find((event) => event.id === eventId)?.me.attendance).toBe('absent')
    expect(await t.call(member, 'events', 'myAttendance', { year: 1900 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      field: 'year',
    })
  })
})
