import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { LeaveView } from '@contract'
import { decideLeave } from '@/api/events'
import { useSubmit } from '../useSubmit'

/**
 * 批准 / 驳回 a leave request. Approving is one tap; rejecting opens a sheet
 * that asks for the reason the member will read, and its button confirms.
 */
export function useLeaveDecision(onDecided: (leave: LeaveView) => unknown) {
  const [rejecting, setRejecting] = useState<LeaveView>()
  const rejection = useSubmit(
    (leave: LeaveView, note: string) =>
      decideLeave({ eventId: leave.eventId, memberId: leave.memberId, approve: false, note }, { silent: true }),
    {
      fallback: '操作失败，请稍后再试',
      toast: { title: '已驳回' },
      onDone: (_result, leave) => {
        setRejecting(undefined)
        return onDecided(leave)
      },
    },
  )

  const approve = async (leave: LeaveView) => {
    try {
      await decideLeave({ eventId: leave.eventId, memberId: leave.memberId, approve: true })
      void Taro.showToast({ title: '已批准', icon: 'success' })
      await onDecided(leave)
    } catch {
      // The transport has shown the error.
    }
  }

  const reject = async (note: string) => {
    if (!rejecting) return
    if (note.trim().length < 2) return rejection.setError('请填写驳回理由（至少 2 个字），党员会看到')
    await rejection.run(rejecting, note.trim())
  }

  const decide = (leave: LeaveView, yes: boolean) => {
    if (yes) return void approve(leave)
    rejection.clearError()
    setRejecting(leave)
  }

  return {
    decide,
    rejecting,
    reject,
    error: rejection.error,
    busy: rejection.running,
    clearError: rejection.clearError,
    closeReject: () => setRejecting(undefined),
  }
}
