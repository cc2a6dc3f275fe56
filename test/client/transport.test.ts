/**
 * Issue 12 §4, the client half: the transport sends an idempotent rush
 * action again on BUSY, after growing random pauses, and shows nothing
 * unless every attempt was BUSY; other actions show BUSY at once.
 */
import type { Envelope } from '../../cloudfunctions/common/contract'

const call = jest.fn<Promise<Envelope<unknown>>, [string, { action: string; payload: unknown }]>()
const showToast = jest.fn()

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { showToast: (...args: unknown[]) => showToast(...args) },
}))
jest.mock('../../src/api/platform', () => ({ platform: { call: (...args: [never, never]) => call(...args) } }), {
  virtual: true,
})

// jest hoists the mocks above this import.
import { BUSY_RETRIES } from '../../cloudfunctions/common/contract/busy'
import { callFunction, type ApiError } from '../../src/api/transport'

const busy = (message: string): Envelope<never> => ({ ok: false, code: 'BUSY', message })
const checkedIn = {
  eventId: 'e1',
  at: '2026-11-29T10:00:00.000Z',
  late: false,
  method: 'code',
  distance: null,
  created: true,
}

let pauses: number[]

beforeEach(() => {
  call.mockReset()
  showToast.mockReset()
  pauses = []
  jest.spyOn(Math, 'random').mockReturnValue(1)
  jest.spyOn(global, 'setTimeout').mockImplementation(((resolve: () => void, ms: number) => {
    pauses.push(ms)
    resolve()
    return 0
  }) as unknown as typeof setTimeout)
})
afterEach(() => jest.restoreAllMocks())

describe('the transport on BUSY', () => {
  it('sends a check-in again until it gets through, and shows nothing', async () => {
    call
      .mockResolvedValueOnce(busy('当前签到人数较多，请稍候重试'))
      .mockResolvedValueOnce(busy('当前签到人数较多，请稍候重试'))
      .mockResolvedValueOnce({ ok: true, data: checkedIn })
    await expect(callFunction('events', 'checkIn', { eventId: 'e1', code: '123456' })).resolves.toEqual(checkedIn)
    expect(call).toHaveBeenCalledTimes(3)
    expect(call.mock.calls.map(([fn, body]) => `${fn}.${body.action}`)).toEqual(Array(3).fill('events.checkIn'))
    expect(pauses).toEqual([300, 600])
    expect(showToast).not.toHaveBeenCalled()
  })

  it('pauses a random part of each growing step (full jitter)', async () => {
    jest.spyOn(Math, 'random').mockReturnValue(0.5)
    call
      .mockResolvedValueOnce(busy('忙'))
      .mockResolvedValueOnce(busy('忙'))
      .mockResolvedValueOnce({ ok: true, data: {} })
    await callFunction('notices', 'acknowledgeNotice', { noticeId: 'n1' })
    expect(pauses).toEqual([150, 300])
  })

  it('shows the BUSY message once, after the last attempt', async () => {
    call.mockResolvedValue(busy('当前学习人数较多，请稍候重试'))
    const failure = callFunction('points', 'completeStudy', { materialId: 'mat1' })
    await expect(failure).rejects.toMatchObject({ code: 'BUSY', message: '当前学习人数较多，请稍候重试' } as ApiError)
    expect(call).toHaveBeenCalledTimes(1 + BUSY_RETRIES)
    expect(pauses).toEqual([300, 600, 1200, 2400])
    expect(showToast).toHaveBeenCalledTimes(1)
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '当前学习人数较多，请稍候重试' }))
  })

  it('does not send an action that is not idempotent again', async () => {
    call.mockResolvedValue(busy('当前使用人数较多，请稍候重试'))
    await expect(
      callFunction('events', 'makeUpCheckIn', { eventId: 'e1', memberId: 'm1', reason: '忘带手机' }, { silent: true }),
    ).rejects.toMatchObject({ code: 'BUSY' })
    expect(call).toHaveBeenCalledTimes(1)
    expect(pauses).toEqual([])
    expect(showToast).not.toHaveBeenCalled()
  })

  it('does not retry other failures', async () => {
    call.mockResolvedValue({ ok: false, code: 'CHECKIN_CODE_INVALID', message: '签到码不正确' })
    await expect(callFunction('events', 'checkIn', { eventId: 'e1', code: '000000' })).rejects.toMatchObject({
      code: 'CHECKIN_CODE_INVALID',
    })
    expect(call).toHaveBeenCalledTimes(1)
  })
})
