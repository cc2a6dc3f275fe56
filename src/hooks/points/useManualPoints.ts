import { useState } from 'react'
import Taro from '@tarojs/taro'
import { confirmDialog } from '@/utils/dialog'
import { listBranches } from '@/api/members'
import { awardManually, reverseEntry } from '@/api/points'
import { ApiError } from '@/api/transport'
import { useRoster } from '@/hooks/useRoster'
import { useRequest } from '@/hooks/useRequest'
import { useLedger } from './useLedger'
import { newRequestId } from '@/utils/requestId'

/** A fresh id per submitted form, so a double tap or a retry awards once (the server keys the entry by it). */

/**
 * 手动奖惩 and 冲正: pick a member (the admin picks the branch first), see
 * their ledger, award or deduct with a reason, or reverse an entry.
 */
export function useManualPoints(isAdmin: boolean) {
  const branches = useRequest(() => listBranches({ silent: true }), [], { ready: isAdmin })
  const [chosenBranchId, setBranchId] = useState<string>()
  const branchId = isAdmin ? (chosenBranchId ?? branches.data?.[0]?.id) : undefined
  const roster = useRoster(branchId, !isAdmin || Boolean(branchId))
  const [memberId, setMemberId] = useState<string>()
  const ledger = useLedger(memberId)
  const [points, setPoints] = useState('')
  const [reason, setReason] = useState('')
  const [requestId, setRequestId] = useState(newRequestId)
  const [error, setError] = useState<string>()
  const [submitting, setSubmitting] = useState(false)

  const submit = async () => {
    if (!memberId) return
    const value = Number(points)
    setSubmitting(true)
    setError(undefined)
    try {
      const result = await awardManually({ memberId, points: value, reason, requestId }, { silent: true })
      void Taro.showToast({ title: `已记录 ${result.points > 0 ? '+' : ''}${result.points} 分`, icon: 'none' })
      setPoints('')
      setReason('')
      setRequestId(newRequestId())
      await ledger.reload()
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '提交失败，请稍后再试')
    } finally {
      setSubmitting(false)
    }
  }

  /** A reversal needs a reason too: the one typed in the form's 原因 field. */
  const reverse = async (entryId: string) => {
    if (!reason.trim()) {
      setError('请先在“原因”中填写冲正原因，再点冲正')
      return
    }
    setError(undefined)
    const confirmed = await confirmDialog({
      title: '冲正该记录？',
      content: '将追加一条相反的积分记录，原记录保留。',
    })
    if (!confirmed) return
    try {
      await reverseEntry({ entryId, reason })
      setReason('')
      void Taro.showToast({ title: '已冲正', icon: 'none' })
      await ledger.reload()
    } catch {
      // The transport has shown the message.
    }
  }

  return {
    branches: branches.data ?? [],
    branchId,
    setBranchId: (id: string) => {
      setBranchId(id)
      setMemberId(undefined)
    },
    roster,
    memberId,
    setMemberId,
    ledger,
    points,
    setPoints,
    reason,
    setReason,
    submit,
    submitting,
    error,
    reverse,
  }
}
