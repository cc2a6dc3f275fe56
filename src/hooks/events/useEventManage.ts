import { useState } from 'react'
import Taro from '@tarojs/taro'
import { confirmDialog } from '@/utils/dialog'
import type { AttendeeRow } from '@contract'
import { cancelEvent, closeCheckin, exportEventLedger, getEvent, liveAttendance, makeUpCheckIn } from '@/api/events'
import { openFile } from '@/api/transport'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'
import { useLeaveDecision } from './useLeaveDecision'
import { usePolling } from './usePolling'

/** Live attendance refreshes this often while the check-in window is open. */
export const ATTENDANCE_REFRESH_MS = 5000

const confirm = (title: string, content: string) => confirmDialog({ title, content })

/** Runs a confirmed action, then shows its toast and reloads what it changed (the transport toasts a failure). */
const confirmed = async (title: string, content: string, run: () => Promise<unknown>, done: string, after: Reload) => {
  if (!(await confirm(title, content))) return
  try {
    await run()
    void Taro.showToast({ title: done, icon: 'success' })
    await after()
  } catch {
    // The transport has shown the error.
  }
}

type Reload = () => Promise<unknown>

/** 取消活动 and 结束签到, each asked first. */
const confirmedActions = (eventId: string, refresh: Reload) => ({
  cancel: () =>
    confirmed(
      '取消活动',
      '取消后党员将无法签到，已签到党员因本活动获得的积分将被撤回，并通知参会党员。确定取消该活动？',
      () => cancelEvent(eventId),
      '活动已取消',
      refresh,
    ),
  closeWindow: () =>
    confirmed(
      '结束签到',
      '结束后党员将无法再签到，尚未签到的党员记为缺席（仍可补签）。确定现在结束签到？',
      () => closeCheckin(eventId),
      '签到已结束',
      refresh,
    ),
})

export type EventManageState = ReturnType<typeof useEventManage>

/** 活动管理 (secretary): the event, live attendance, leave decisions, 补签, export and cancel. */
export function useEventManage(eventId: string) {
  const event = useRequest(() => getEvent(eventId, { silent: true }), [eventId], { pullDownRefresh: true })
  const attendance = useRequest(() => liveAttendance(eventId, { silent: true }), [eventId], {
    ready: Boolean(event.data?.canSeeAttendance),
  })
  usePolling(attendance.reload, ATTENDANCE_REFRESH_MS, Boolean(attendance.data?.windowOpen))
  const [makeupFor, setMakeupFor] = useState<AttendeeRow>()

  const refresh = () => Promise.all([event.reload(), attendance.reload()])

  const leaveDecision = useLeaveDecision(() => attendance.reload())

  const makeup = useSubmit(
    (memberId: string, reason: string) => makeUpCheckIn({ eventId, memberId, reason }, { silent: true }),
    {
      fallback: '补签失败，请稍后再试',
      onDone: () => {
        setMakeupFor(undefined)
        void Taro.showToast({ title: '已补签', icon: 'success' })
        return attendance.reload()
      },
    },
  )

  const makeUp = async (reason: string) => {
    if (!makeupFor) return
    if (reason.trim().length < 2) return makeup.setError('补签原因至少需要 2 个字')
    await makeup.run(makeupFor.memberId, reason.trim())
  }

  const { cancel, closeWindow } = confirmedActions(eventId, refresh)

  /** The transport toasts a failed export. */
  const exporting = useSubmit(() => exportEventLedger(eventId), {
    onDone: (file) => openFile(file.fileID, file.fileName),
  })

  const openMakeup = (row: AttendeeRow | undefined) => {
    setMakeupFor(row)
    makeup.clearError()
  }

  return {
    event,
    attendance,
    refresh,
    leaveDecision,
    closeWindow,
    makeupFor,
    openMakeup,
    makeUp,
    makeupError: makeup.error,
    clearMakeupError: makeup.clearError,
    cancel,
    exportLedger: exporting.run,
    busy: makeup.running || exporting.running,
  }
}
