import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { LeaveView } from '@contract'
import { decideLeave } from '@/api/events'
import { ApiError } from '@/api/transport'

/**
 * 批准 / 驳回 a leave request. Approving is one tap; rejecting opens a sheet
 * that asks for the reason the member will read, and its button confirms.
 */
export function useLeaveDecision(onDecided: (leave: LeaveView) => unknown) {
  const [rejecting, setRejecting] = useState<LeaveView>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

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
    if (note.trim().length < 2) return setError('请填写驳回理由（至少 2 个字），党员会看到')
    setBusy(true)
    try {
      const { eventId, memberId } = rejecting
      await decideLeave({ eventId, memberId, approve: false, note: note.trim() }, { silent: true })
      void Taro.showToast({ title: '已驳回', icon: 'success' })
      setRejecting(undefined)
      await onDecided(rejecting)
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '操作失败，请稍后再试')
    } finally {
      setBusy(false)
    }
  }

  const decide = (leave: LeaveView, yes: boolean) => {
    if (yes) return void approve(leave)
    setError(undefined)
    setRejecting(leave)
  }

  const clearError = () => setError(undefined)
  return { decide, rejecting, reject, error, busy, clearError, closeReject: () => setRejecting(undefined) }
}
