import { useState } from 'react'
import Taro from '@tarojs/taro'
import { getEvent, requestLeave } from '@/api/events'
import { EVENT_TEXT_LIMITS } from '@contract/eventTypes'
import { ApiError } from '@/api/transport'
import { tooLong } from '@/utils/limits'
import { useReloadOnShow } from '../useReloadOnShow'
import { useRequest } from '../useRequest'

/** 活动详情 for a member: the event, their standing, and the 请假 form. */
export function useEventDetail(eventId: string) {
  const event = useRequest(() => getEvent(eventId, { silent: true }), [eventId], {
    pullDownRefresh: true,
    ready: Boolean(eventId),
  })
  // Back from 签到 (or the secretary's pages) the standing and the buttons are the server's again.
  useReloadOnShow(event.reload)
  const [leaveError, setLeaveError] = useState<string>()
  const [submitting, setSubmitting] = useState(false)

  /** Resolves true when the request was sent; the page then closes its form. */
  const askLeave = async (reason: string): Promise<boolean> => {
    const trimmed = reason.trim()
    const invalid =
      trimmed.length < 2 ? '请假理由至少需要 2 个字' : tooLong('请假理由', trimmed, EVENT_TEXT_LIMITS.leaveReason)
    if (invalid) {
      setLeaveError(invalid)
      return false
    }
    setSubmitting(true)
    try {
      await requestLeave(eventId, trimmed, { silent: true })
      setLeaveError(undefined)
      void Taro.showToast({ title: '已提交请假', icon: 'success' })
      await event.reload()
      return true
    } catch (error) {
      setLeaveError(error instanceof ApiError ? error.message : '提交失败，请稍后再试')
      return false
    } finally {
      setSubmitting(false)
    }
  }

  return { event, askLeave, leaveError, clearLeaveError: () => setLeaveError(undefined), submitting }
}
