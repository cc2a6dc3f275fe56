import { decodeCheckinScene, encodeCheckinScene } from '../../cloudfunctions/common/contract/checkinScene'
import type { CurrentCode } from '../../cloudfunctions/common/contract'
import { wxacodeRequests } from '../../local/runtime/openapi'
import { at, createThemeDay, demoIdentities, minutes, setClock, useEventsCloud } from './eventsHelpers'

const t = useEventsCloud()
const { secretary, member } = demoIdentities

const screenAt = async (eventId: string, now: Date): Promise<CurrentCode> => {
  setClock(now)
  return t.ok(secretary, 'events', 'currentCode', { eventId })
}

const requestsFor = (eventId: string) =>
  wxacodeRequests.filter((request) => decodeCheckinScene(request.scene)?.eventId === eventId)

/** 签到大屏: a 小程序码 WeChat's 扫一扫 opens, one per event and 20-second slot. */
describe('the check-in 小程序码', () => {
  const during = at(minutes(45))

  it('carries the event and the current code in a scene of at most 32 characters', async () => {
    const eventId = await createThemeDay(t)
    const screen = await screenAt(eventId, during)
    expect(screen.qrKind).toBe('wxacode')
    const [request] = requestsFor(eventId)
    expect(request.page).toBe('pages/checkin/index')
    expect(request.scene.length).toBeLessThanOrEqual(32)
    expect(screen.path).toBe(`pages/checkin/index?scene=${request.scene}`)
    const scanned = decodeCheckinScene(request.scene)!
    expect(scanned).toEqual({ eventId, code: screen.code })
    expect(await t.call(member, 'events', 'checkIn', scanned)).toMatchObject({ ok: true, data: { created: true } })
  })

  it('asks WeChat once per slot however many screens poll, and again when the code changes', async () => {
    const eventId = await createThemeDay(t)
    const first = await Promise.all([1, 2, 3].map(() => screenAt(eventId, during)))
    expect(requestsFor(eventId)).toHaveLength(1)
    expect(new Set(first.map((screen) => screen.qrImage)).size).toBe(1)
    const next = await screenAt(eventId, new Date(during.getTime() + 20_000))
    expect(requestsFor(eventId)).toHaveLength(2)
    expect(next.code).not.toBe(first[0].code)
    expect(decodeCheckinScene(requestsFor(eventId)[1].scene)).toEqual({ eventId, code: next.code })
  })

  it('on the local host carries the local URL of the same page instead', async () => {
    const eventId = await createThemeDay(t)
    process.env.LOCAL_APP_URL = 'http://127.0.0.1:10086'
    try {
      const screen = await screenAt(eventId, at(minutes(50)))
      expect(screen).toMatchObject({
        qrKind: 'link',
        path: `http://127.0.0.1:10086/#/pages/checkin/index?eventId=${eventId}&code=${screen.code}`,
      })
      expect(requestsFor(eventId)).toHaveLength(0)
    } finally {
      delete process.env.LOCAL_APP_URL
    }
  })
})

describe('the scene codec', () => {
  it('round-trips a 32-hex-digit id and refuses what it did not make', () => {
    const eventId = '0123456789abcdef0123456789abcdef'
    const scene = encodeCheckinScene(eventId, '004217')!
    expect(scene).toHaveLength(28)
    expect(scene).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeCheckinScene(scene)).toEqual({ eventId, code: '004217' })
    expect(encodeCheckinScene('seed-event-1', '004217')).toBeNull()
    expect(decodeCheckinScene('short')).toBeNull()
    expect(decodeCheckinScene(scene.slice(0, 21) + 'B' + '004217')).toBeNull()
    expect(decodeCheckinScene(scene.slice(0, 22) + '12345x')).toBeNull()
  })
})
