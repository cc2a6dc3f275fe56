// Selectors: .review-tab--pending|approved|rejected [data-testid=claim-card] .review-approve .review-reject #review-reason .review-confirm-reject
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ClaimStatus } from '@contract'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import ClaimCard from '@/components/points/ClaimCard'
import { useReviewQueue } from '@/hooks/points/useReviewQueue'
import './index.scss'

const TABS: { key: ClaimStatus; title: string }[] = [
  { key: 'pending', title: '待审核' },
  { key: 'approved', title: '已通过' },
  { key: 'rejected', title: '已驳回' },
]

interface DecisionProps {
  pending: boolean
  /** The reject form is open for this claim. */
  rejecting: boolean
  busy: boolean
  reason: string
  onReason: (reason: string) => void
  onReject: (open: boolean) => void
  onApprove: () => void
  onConfirmReject: () => void
}

/** 通过 / 驳回 on a pending claim; 驳回 asks for the reason the member will see. */
function Decision(props: DecisionProps) {
  const { pending, rejecting, busy } = props
  if (rejecting)
    return (
      <View className="review__reject">
        <TextArea
          id="review-reason"
          placeholder="驳回原因（党员可见）"
          maxLength={200}
          rows={3}
          value={props.reason}
          onChange={props.onReason}
        />
        <View className="review__actions">
          <Button size="small" fill="none" onClick={() => props.onReject(false)}>
            取消
          </Button>
          <Button
            className="review-confirm-reject"
            size="small"
            type="primary"
            loading={busy}
            onClick={props.onConfirmReject}
          >
            确认驳回
          </Button>
        </View>
      </View>
    )
  if (!pending) return null
  return (
    <View className="review__actions">
      <Button className="review-reject" size="small" fill="outline" onClick={() => props.onReject(true)}>
        驳回
      </Button>
      <Button className="review-approve" size="small" type="primary" loading={busy} onClick={props.onApprove}>
        通过
      </Button>
    </View>
  )
}

/** The secretary's queue of the branch's reflections and offline studies. */
export default function ReviewPage() {
  const { status, setStatus, queue, busy, decide } = useReviewQueue()
  const [rejecting, setRejecting] = useState<string>()
  const [reason, setReason] = useState('')
  const reject = async (claimId: string) => {
    if (await decide(claimId, 'reject', reason)) {
      setRejecting(undefined)
      setReason('')
    }
  }
  return (
    <View className="page review">
      <View className="review__tabs">
        {TABS.map((tab) => (
          <Text
            key={tab.key}
            className={`review__tab review-tab--${tab.key} ${status === tab.key ? 'review__tab--active' : ''}`}
            onClick={() => setStatus(tab.key)}
          >
            {tab.title}
          </Text>
        ))}
      </View>
      <View className="review__body">
        <PageState loading={queue.loading} error={queue.error} onRetry={queue.reload}>
          {queue.data?.length ? (
            queue.data.map((claim) => (
              <ClaimCard key={claim.id} claim={claim} showMember>
                <Decision
                  pending={claim.status === 'pending'}
                  rejecting={rejecting === claim.id}
                  busy={busy === claim.id}
                  reason={reason}
                  onReason={setReason}
                  onReject={(open) => setRejecting(open ? claim.id : undefined)}
                  onApprove={() => void decide(claim.id, 'approve')}
                  onConfirmReject={() => void reject(claim.id)}
                />
              </ClaimCard>
            ))
          ) : (
            <EmptyState title={status === 'pending' ? '没有待审核的申请' : '暂无记录'} />
          )}
        </PageState>
      </View>
    </View>
  )
}
