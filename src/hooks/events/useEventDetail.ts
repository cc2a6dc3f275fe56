import { useState } from 'react'
import { getEvent, requestLeave } from '@/api/events'
import { EVENT_TEXT_LIMITS } from '@contract/eventTypes'
import { tooLong } from '@/utils/limits'
import { useReloadOnShow } from '../useReloadOnShow'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'
import { useSubscribe } from '../notices/useSubscribe'

/** 活动详情 for a member: the event, their standing, and the 请假 form with its 审批结果 opt-in. */
export function useEventDetail(eventId: string) {
  const event = useRequest(() => getEvent(eventId, { silent: true }), [eventId], {
    pullDownRefresh: true,
    ready: Boolean(eventId),
  })
  // Back from 签到 (or the secretary's pages) the standing and the buttons are the server's again.
  useReloadOnShow(event.reload)
  const leave = useSubmit((reason: string) => requestLeave(eventId, reason, { silent: true }), {
    fallback: '提交失败，请稍后再试',
    toast: { title: '已提交请假' },
    onDone: () => event.reload(),
  })

  /** Resolves true when the request was sent; the page then closes its form. */
  const askLeave = async (reason: string): Promise<boolean> => {
    const trimmed = reason.trim()
    const invalid =
      trimmed.length < 2 ? '请假理由至少需要 2 个字' : tooLong('请假理由', trimmed, EVENT_TEXT_LIMITS.leaveReason)
    if (invalid) {
      leave.setError(invalid)
      return false
    }
    return leave.run(trimmed)
  }

  const subscription = useSubscribe(true)
  const [leaveOpen, setLeaveOpen] = useState(false)
  // 提交请假 is where the decision matters: WeChat asks once, while no 请假审批结果 message is left.
  const submitLeave = async (reason: string) => {
    if (subscription.inWeChat && subscription.offers('leave') && !subscription.creditsOf('leave'))
      await subscription.optIn(['leave'])
    const sent = await askLeave(reason)
    if (sent) setLeaveOpen(false)
    return sent
  }
  const closeLeave = () => {
    leave.clearError()
    setLeaveOpen(false)
  }

  return {
    event,
    subscription,
    leaveForm: { open: leaveOpen, error: leave.error, submitting: leave.running },
    openLeave: () => setLeaveOpen(true),
    closeLeave,
    submitLeave,
  }
}
