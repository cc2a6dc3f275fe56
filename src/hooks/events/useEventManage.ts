import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { AttendeeRow, LeaveView } from '@contract'
import { cancelEvent, decideLeave, exportEventLedger, getEvent, liveAttendance, makeUpCheckIn } from '@/api/events'
import { ApiError, openFile } from '@/api/transport'
import { useRequest } from '../useRequest'
import { usePolling } from './usePolling'

/** Live attendance refreshes this often while the check-in window is open. */
export const ATTENDANCE_REFRESH_MS = 5000

const confirm = async (title: string, content: string) =>
  (await Taro.showModal({ title, content, confirmColor: '#c8161e' })).confirm

/** 活动管理 (secretary): the event, live attendance, leave decisions, 补签, export and cancel. */
export function useEventManage(eventId: string) {
  const event = useRequest(() => getEvent(eventId, { silent: true }), [eventId], { pullDownRefresh: true })
  const attendance = useRequest(() => liveAttendance(eventId, { silent: true }), [eventId], {
    ready: Boolean(event.data?.canSeeAttendance),
  })
  usePolling(attendance.reload, ATTENDANCE_REFRESH_MS, Boolean(attendance.data?.windowOpen))
  const [makeupFor, setMakeupFor] = useState<AttendeeRow>()
  const [makeupError, setMakeupError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const refresh = () => Promise.all([event.reload(), attendance.reload()])

  const decide = async (leave: LeaveView, approve: boolean) => {
    try {
      await decideLeave({ eventId, memberId: leave.memberId, approve })
      void Taro.showToast({ title: approve ? '已批准' : '已驳回', icon: 'success' })
      await attendance.reload()
    } catch {
      // The transport has shown the error.
    }
  }

  const makeUp = async (reason: string) => {
    if (!makeupFor) return
    if (reason.trim().length < 2) return setMakeupError('补签原因至少需要 2 个字')
    setBusy(true)
    try {
      await makeUpCheckIn({ eventId, memberId: makeupFor.memberId, reason: reason.trim() }, { silent: true })
      setMakeupFor(undefined)
      setMakeupError(undefined)
      void Taro.showToast({ title: '已补签', icon: 'success' })
      await attendance.reload()
    } catch (error) {
      setMakeupError(error instanceof ApiError ? error.message : '补签失败，请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  const cancel = async () => {
    if (!(await confirm('取消活动', '取消后党员将无法签到，确定取消该活动？'))) return
    try {
      await cancelEvent(eventId)
      void Taro.showToast({ title: '活动已取消', icon: 'success' })
      await event.reload()
    } catch {
      // The transport has shown the error.
    }
  }

  const exportLedger = async () => {
    setBusy(true)
    try {
      const file = await exportEventLedger(eventId)
      await openFile(file.fileID, file.fileName)
    } catch {
      // The transport has shown the error.
    } finally {
      setBusy(false)
    }
  }

  const openMakeup = (row: AttendeeRow | undefined) => {
    setMakeupFor(row)
    setMakeupError(undefined)
  }

  return { event, attendance, refresh, decide, makeupFor, openMakeup, makeUp, makeupError, cancel, exportLedger, busy }
}
