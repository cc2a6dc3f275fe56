import { EVENT_TEXT_LIMITS } from '../../cloudfunctions/common/contract/eventTypes'
import {
  at,
  createThemeDay,
  demoIdentities,
  minutes,
  minutesPayload,
  setClock,
  themeDay,
  useEventsCloud,
} from './eventsHelpers'

const t = useEventsCloud()
const { secretary, member } = demoIdentities

/** A title of exactly `length` characters that ends mid-parenthesis when cut short. */
const titleOf = (length: number) => {
  const tail = '（第三期）'
  return `${'学'.repeat(length - tail.length)}${tail}`
}

const refused = async (action: string, payload: unknown, message: string, openid = secretary) => {
  const before = t.cloud.database.dump()
  expect(await t.raw(openid, 'events', { action, payload })).toMatchObject({
    ok: false,
    code: 'INVALID_INPUT',
    message,
  })
  expect(t.cloud.database.dump()).toEqual(before)
}

describe('text limits of the events forms', () => {
  it('a title at the limit is kept whole everywhere; one character more is refused, never cut', async () => {
    const title = titleOf(EVENT_TEXT_LIMITS.title)
    const eventId = await createThemeDay(t, { title })
    expect((await t.ok(member, 'events', 'getEvent', { eventId })).title).toBe(title)
    const rows = await t.ok(secretary, 'events', 'listBranchEvents', { month: '2026-11' })
    expect(rows.find((row) => row.id === eventId)?.title).toBe(title)
    expect((await t.ok(secretary, 'events', 'currentCode', { eventId })).title).toBe(title)

    await refused('createEvent', themeDay({ title: titleOf(51) }), '活动主题不能超过 50 个字')
    await refused('updateEvent', { eventId, ...themeDay({ title: titleOf(51) }) }, '活动主题不能超过 50 个字')
  })

  it('every other text of the events forms is refused over its limit with a message naming the field', async () => {
    const eventId = await createThemeDay(t)
    const long = (n: number) => '字'.repeat(n + 1)
    await refused(
      'createEvent',
      themeDay({ venue: { name: long(EVENT_TEXT_LIMITS.venue), radius: 300 } }),
      '活动地点不能超过 50 个字',
    )
    await refused('createEvent', themeDay({ agenda: long(EVENT_TEXT_LIMITS.agenda) }), '活动议程不能超过 2000 个字')
    await refused('cancelEvent', { eventId, reason: long(200) }, '取消原因不能超过 200 个字')
    await refused('requestLeave', { eventId, reason: long(200) }, '请假理由不能超过 200 个字', member)
    await t.ok(member, 'events', 'requestLeave', { eventId, reason: '出差' })
    await refused(
      'decideLeave',
      { eventId, memberId: 'm006', approve: false, note: long(200) },
      '驳回理由不能超过 200 个字',
    )
    setClock(at(minutes(90)))
    await refused('makeUpCheckIn', { eventId, memberId: 'm007', reason: long(200) }, '补签原因不能超过 200 个字')
    await refused('recordMinutes', minutesPayload(eventId, { host: long(20) }), '主持人不能超过 20 个字')
    await refused('recordMinutes', minutesPayload(eventId, { recorder: long(20) }), '记录人不能超过 20 个字')
    await refused('recordMinutes', minutesPayload(eventId, { agenda: long(2000) }), '会议议程不能超过 2000 个字')
  })
})
