/** Shared arrangements for the events suites: a fixed clock, a standard event, the code on screen. */
import type { Payload } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import { codeForSlot, slotAt } from '../../cloudfunctions/events/rules/code'
import { setClock, shanghai, useFakeClock } from '../helpers/clock'
import { cloudPerTest, demoIdentities, startTestCloud, type TestCloud } from '../helpers/testCloud'

export { demoIdentities }

/** Thursday 2026-11-19 10:00 in Asia/Shanghai (02:00 UTC). */
export const T0 = shanghai('2026-11-19 10:00')
export const minutes = (n: number) => n * 60_000
export const at = (offsetMs: number) => new Date(T0.getTime() + offsetMs)

export { setClock }

export const startCloudAtT0 = async (): Promise<TestCloud> => {
  setClock(T0)
  return startTestCloud({ now: T0 })
}

/** The events suites' arrangement: the clock fixed at T0 for the file, a fresh cloud seeded at T0 for each test. */
export const useEventsCloud = (): TestCloud => {
  beforeAll(() => useFakeClock(T0))
  afterAll(() => jest.useRealTimers())
  const t = cloudPerTest(startCloudAtT0)
  afterEach(() => t.cloud.close())
  return t
}

/** The office of 第一支部, gcj02. */
export const VENUE = { name: '三楼党员活动室', latitude: 31.2304, longitude: 121.4737, radius: 300 }

/** A 主题党日 starting at T0 + 60 min for 90 min: the window opens at T0 + 30 min, late after T0 + 70 min. */
export const themeDay = (
  overrides: Partial<Payload<'events', 'createEvent'>> = {},
): Payload<'events', 'createEvent'> => ({
  type: 'theme_day',
  title: '学习贯彻党的二十届四中全会精神',
  agenda: '一、集中学习；二、交流发言',
  venue: VENUE,
  start: at(minutes(60)).toISOString(),
  end: at(minutes(150)).toISOString(),
  ...overrides,
})

export const OPENS = at(minutes(30))
export const START = at(minutes(60))
export const LATE_AFTER = at(minutes(70))
export const END = at(minutes(150))

export const eventDoc = async (t: TestCloud, eventId: string): Promise<EventDoc> =>
  (await t.db.collection<EventDoc>(collections.events.name).doc(eventId).get()).data

/** What the secretary's screen shows at `now`, `slotsBack` slots ago. */
export const codeOnScreen = async (t: TestCloud, eventId: string, now: Date, slotsBack = 0) =>
  codeForSlot((await eventDoc(t, eventId)).secret, slotAt(now) - slotsBack)

/** The secretary of 第一支部 plans `themeDay(overrides)`; answers the new event's id. */
export const createThemeDay = async (t: TestCloud, overrides: Partial<Payload<'events', 'createEvent'>> = {}) =>
  (await t.ok(demoIdentities.secretary, 'events', 'createEvent', themeDay(overrides))).id

/** `openid` checks in at `now` with the code on screen (the test fails unless it succeeds). */
export const attendAt = async (t: TestCloud, eventId: string, openid: string, now: Date) => {
  setClock(now)
  await t.ok(openid, 'events', 'checkIn', { eventId, code: await codeOnScreen(t, eventId, now) })
}

export const countOf = async (t: TestCloud, collection: string, filter: Record<string, unknown>) =>
  (await t.db.collection(collection).where(filter).count()).total

/** A complete 会议记录 for `recordMinutes`. */
export const minutesPayload = (
  eventId: string,
  overrides: Partial<Payload<'events', 'recordMinutes'>> = {},
): Payload<'events', 'recordMinutes'> => ({
  eventId,
  host: '王建国',
  recorder: '李秀英',
  agenda: '一、集中学习全会精神\n二、交流发言',
  text: '会议由支部书记主持，集中学习了全会精神，6 名党员作交流发言。',
  decisions: '下月起每周五下午开展一次集中学习。',
  photos: [],
  ...overrides,
})
