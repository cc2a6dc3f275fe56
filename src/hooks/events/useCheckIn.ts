import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { CheckInResult, EventDetail } from '@contract'
import { decodeCheckinScene } from '@contract/checkinScene'
import { checkIn, getEvent } from '@/api/events'
import { ApiError } from '@/api/transport'
import { tellWxFailure } from '@/utils/wxFailure'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

type Fix = { latitude: number; longitude: number; accuracy: number }

/** The phone's position in gcj02 (WeChat's map datum); on h5 the browser's geolocation. */
const locate = async (): Promise<Fix> => {
  try {
    const res = await Taro.getLocation({ type: 'gcj02', isHighAccuracy: true, highAccuracyExpireTime: 4000 })
    return { latitude: res.latitude, longitude: res.longitude, accuracy: Math.max(0, res.accuracy ?? 0) }
  } catch (error) {
    const message = await tellWxFailure(error, 'location')
    throw new ApiError('CHECKIN_LOCATION_REQUIRED', message ?? '未获取到位置，请重试')
  }
}

/**
 * The event and code a check-in page is opened with: `scene` when WeChat's 扫一扫
 * opened the 小程序码, `eventId` and `code` from the app or a plain QR.
 */
export const checkinTarget = (params: Record<string, string | undefined>): { eventId?: string; code?: string } => {
  const scanned = params.scene ? decodeCheckinScene(decodeURIComponent(params.scene)) : null
  return scanned ?? { eventId: params.eventId, code: params.code }
}

/** What the in-app scanner read: `pages/checkin/index?scene=..` or `..?eventId=..&code=..`. */
export const parseCheckinPath = (text: string): { eventId?: string; code?: string } => {
  const query = text.split('?')[1] ?? ''
  const params = Object.fromEntries(
    query.split('&').map((pair) => pair.split('=').map((part) => decodeURIComponent(part ?? ''))),
  )
  return checkinTarget(params)
}

const needsCode = (event: EventDetail) => event.method !== 'location'
const needsLocation = (event: EventDetail) => event.method !== 'code'

/** Checks in with what the event asks for: the code, the phone's position, or both. */
const checkInTo = async (eventId: string, detail: EventDetail, code: string | undefined) => {
  const location = needsLocation(detail) ? await locate() : undefined
  return checkIn(
    { eventId, ...(needsCode(detail) ? { code } : {}), ...(location ? { location } : {}) },
    { silent: true },
  )
}

/** Why a scanned QR cannot check in to this event; null when it can. */
const scanRefusal = (parsed: { eventId?: string; code?: string }, eventId: string): string | null => {
  if (parsed.eventId && parsed.eventId !== eventId) return '这不是本次活动的签到二维码'
  if (!parsed.code) return '未识别到签到码，请对准签到屏上的二维码'
  return null
}

/**
 * 签到: by the 6-digit code (typed or scanned), by location, or both, as the
 * event asks. A code arriving with the page (a scan) is submitted at once.
 */
export function useCheckIn(eventId: string, scannedCode?: string) {
  const event = useRequest(() => getEvent(eventId, { silent: true }), [eventId], { ready: Boolean(eventId) })
  const [code, setCode] = useState(scannedCode ?? '')
  const [result, setResult] = useState<CheckInResult>()
  const checking = useSubmit(
    (detail: EventDetail, withCode: string | undefined) => checkInTo(eventId, detail, withCode),
    {
      fallback: '签到失败，请稍后再试',
      onDone: (done) => {
        setResult(done)
        void event.reload()
      },
    },
  )
  const { setError, run } = checking

  const submit = useCallback(
    async (withCode: string | undefined) => {
      const detail = event.data
      if (!detail) return
      if (needsCode(detail) && !/^\d{6}$/.test(withCode ?? '')) {
        setError('请输入签到屏上的 6 位签到码')
        return
      }
      await run(detail, withCode)
    },
    [event.data, run, setError],
  )

  // A scanned QR brings its code: check in without another tap, once.
  const autoSubmitted = useRef(false)
  const canAutoSubmit = Boolean(scannedCode && event.data?.me.attendance === 'can_check_in')
  useEffect(() => {
    if (!canAutoSubmit || autoSubmitted.current) return
    autoSubmitted.current = true
    void submit(scannedCode)
  }, [canAutoSubmit, scannedCode, submit])

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      const parsed = parseCheckinPath(res.path || res.result || '')
      const refusal = scanRefusal(parsed, eventId)
      if (refusal) return setError(refusal)
      setCode(parsed.code ?? '')
      await submit(parsed.code)
    } catch {
      // Cancelled by the member: nothing to say.
    }
  }

  return {
    event,
    code,
    setCode,
    submit: () => submit(code),
    scan,
    error: checking.error,
    submitting: checking.running,
    result,
  }
}
