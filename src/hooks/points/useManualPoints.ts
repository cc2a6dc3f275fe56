import { useState } from 'react'
import { confirmDialog } from '@/utils/dialog'
import { listBranches } from '@/api/members'
import { awardManually, reverseEntry } from '@/api/points'
import { useRoster } from '@/hooks/members/useRoster'
import { useRequest } from '@/hooks/useRequest'
import { useSubmit } from '@/hooks/useSubmit'
import { useLedger } from './useLedger'
import { newRequestId } from '@/utils/requestId'

/** Whose points change: the secretary's own branch, or the branch the admin picks (the first at start). */
function useAwardee(isAdmin: boolean) {
  const branches = useRequest(() => listBranches({ silent: true }), [], { ready: isAdmin })
  const [chosenBranchId, setBranchId] = useState<string>()
  const branchId = isAdmin ? (chosenBranchId ?? branches.data?.[0]?.id) : undefined
  const roster = useRoster(branchId, !isAdmin || Boolean(branchId))
  const [memberId, setMemberId] = useState<string>()
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
  }
}

/**
 * 手动奖惩 and 冲正: pick a member (the admin picks the branch first), see
 * their ledger, award or deduct with a reason, or reverse an entry.
 */
export function useManualPoints(isAdmin: boolean) {
  const { branches, branchId, setBranchId, roster, memberId, setMemberId } = useAwardee(isAdmin)
  const ledger = useLedger(memberId)
  const [points, setPoints] = useState('')
  const [reason, setReason] = useState('')
  /** A fresh id per submitted form, so a double tap or a retry awards once (the server keys the entry by it). */
  const [requestId, setRequestId] = useState(newRequestId)
  const award = useSubmit(
    (awardee: string) =>
      awardManually({ memberId: awardee, points: Number(points), reason, requestId }, { silent: true }),
    {
      fallback: '提交失败，请稍后再试',
      toast: { title: (result) => `已记录 ${result.points > 0 ? '+' : ''}${result.points} 分`, icon: 'none' },
      onDone: () => {
        setPoints('')
        setReason('')
        setRequestId(newRequestId())
        return ledger.reload()
      },
    },
  )
  const { setError } = award
  /** The transport toasts a failed reversal. */
  const reversal = useSubmit((entryId: string) => reverseEntry({ entryId, reason }), {
    toast: { title: '已冲正', icon: 'none' },
    onDone: () => {
      setReason('')
      return ledger.reload()
    },
  })

  const submit = async () => {
    if (memberId) await award.run(memberId)
  }

  /** A reversal needs a reason too: the one typed in the form's 原因 field. */
  const reverse = async (entryId: string) => {
    if (!reason.trim()) return setError('请先在“原因”中填写冲正原因，再点冲正')
    setError(undefined)
    const confirmed = await confirmDialog({ title: '冲正该记录？', content: '将追加一条相反的积分记录，原记录保留。' })
    if (confirmed) await reversal.run(entryId)
  }

  return {
    branches,
    branchId,
    setBranchId,
    roster,
    memberId,
    setMemberId,
    ledger,
    points,
    setPoints,
    reason,
    setReason,
    submit,
    submitting: award.running,
    error: award.error,
    reverse,
  }
}
