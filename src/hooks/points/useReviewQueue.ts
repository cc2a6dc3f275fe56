import { useState } from 'react'
import type { ClaimStatus } from '@contract'
import { reviewClaim, reviewQueue } from '@/api/points'
import { useRequest } from '@/hooks/useRequest'
import { useSubmit } from '@/hooks/useSubmit'

/** The secretary's review queue: approve, or reject with a reason the member will see. */
export function useReviewQueue() {
  const [status, setStatus] = useState<ClaimStatus>('pending')
  const queue = useRequest(() => reviewQueue({ status }, { silent: true }), [status], { pullDownRefresh: true })
  /** The claim being decided (the transport toasts a failure). */
  const [deciding, setDeciding] = useState<string>()
  const review = useSubmit(
    (claimId: string, decision: 'approve' | 'reject', reason: string) =>
      reviewClaim(decision === 'approve' ? { claimId, decision } : { claimId, decision, reason }),
    {
      toast: {
        title: (claim) => (claim.status === 'approved' ? `已通过，计 ${claim.grantedPoints ?? 0} 分` : '已驳回'),
        icon: 'none',
      },
      onDone: (_claim, claimId) => queue.setData((claims) => claims?.filter((item) => item.id !== claimId)),
    },
  )

  const decide = async (claimId: string, decision: 'approve' | 'reject', reason = '') => {
    if (review.running) return false
    setDeciding(claimId)
    return review.run(claimId, decision, reason)
  }

  return { status, setStatus, queue, busy: review.running ? deciding : undefined, decide }
}
