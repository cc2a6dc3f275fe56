import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ClaimStatus } from '@contract'
import { reviewClaim, reviewQueue } from '@/api/points'
import { useRequest } from '@/hooks/useRequest'

/** The secretary's review queue: approve, or reject with a reason the member will see. */
export function useReviewQueue() {
  const [status, setStatus] = useState<ClaimStatus>('pending')
  const queue = useRequest(() => reviewQueue({ status }, { silent: true }), [status], { pullDownRefresh: true })
  const [busy, setBusy] = useState<string>()

  const decide = async (claimId: string, decision: 'approve' | 'reject', reason = '') => {
    setBusy(claimId)
    try {
      const claim = await reviewClaim(decision === 'approve' ? { claimId, decision } : { claimId, decision, reason })
      queue.setData((claims) => claims?.filter((item) => item.id !== claimId))
      void Taro.showToast({
        title: claim.status === 'approved' ? `已通过，计 ${claim.grantedPoints ?? 0} 分` : '已驳回',
        icon: 'none',
      })
      return true
    } catch {
      return false
    } finally {
      setBusy(undefined)
    }
  }

  return { status, setStatus, queue, busy, decide }
}
