import { useCallback, useEffect, useRef, useState } from 'react'
import type { CurrentCode } from '@contract'
import { currentCode, liveAttendance } from '@/api/events'
import { ApiError } from '@/api/transport'
import { useRequest } from '../useRequest'
import { ATTENDANCE_REFRESH_MS } from './useEventManage'
import { usePolling } from './usePolling'

/** Asks for the next code just after the slot turns; the server's clock decides, the phone's offset is removed. */
const FETCH_MARGIN_MS = 300
const CLOSED_RETRY_MS = 15_000

/**
 * 签到屏 (secretary): the rotating code and its QR image, fetched again as
 * each 20-second slot ends, with a countdown and the live check-in count.
 */
export function useCheckinScreen(eventId: string) {
  const [screen, setScreen] = useState<CurrentCode>()
  const [error, setError] = useState<ApiError>()
  const [secondsLeft, setSecondsLeft] = useState(0)
  const offset = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const attendance = useRequest(() => liveAttendance(eventId, { silent: true }), [eventId])
  usePolling(attendance.reload, ATTENDANCE_REFRESH_MS, Boolean(screen?.open))

  const fetchCode = useCallback(async () => {
    clearTimeout(timer.current)
    try {
      const next = await currentCode(eventId, { silent: true })
      offset.current = Date.parse(next.serverNow) - Date.now()
      setScreen(next)
      if (next.slotEndsAt) setSecondsLeft(Math.ceil((Date.parse(next.slotEndsAt) - Date.parse(next.serverNow)) / 1000))
      setError(undefined)
      const wait = next.slotEndsAt
        ? Date.parse(next.slotEndsAt) - Date.parse(next.serverNow) + FETCH_MARGIN_MS
        : CLOSED_RETRY_MS
      timer.current = setTimeout(() => void fetchCode(), wait)
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('INTERNAL', '加载失败，请稍后再试'))
      timer.current = setTimeout(() => void fetchCode(), CLOSED_RETRY_MS)
    }
  }, [eventId])

  useEffect(() => {
    void fetchCode()
    return () => clearTimeout(timer.current)
  }, [fetchCode])

  // The countdown follows the server's clock, not the phone's.
  usePolling(
    () => {
      if (!screen?.slotEndsAt) return
      setSecondsLeft(Math.max(0, Math.ceil((Date.parse(screen.slotEndsAt) - (Date.now() + offset.current)) / 1000)))
    },
    500,
    Boolean(screen?.open),
  )

  return { screen, error, secondsLeft, attendance, retry: fetchCode }
}
