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
                {claim.status === 'pending' && rejecting !== claim.id && (
                  <View className="review__actions">
                    <Button
                      className="review-reject"
                      size="small"
                      fill="outline"
                      onClick={() => setRejecting(claim.id)}
                    >
                      驳回
                    </Button>
                    <Button
                      className="review-approve"
                      size="small"
                      type="primary"
                      loading={busy === claim.id}
                      onClick={() => void decide(claim.id, 'approve')}
                    >
                      通过
                    </Button>
                  </View>
                )}
                {rejecting === claim.id && (
                  <View className="review__reject">
                    <TextArea
                      id="review-reason"
                      placeholder="驳回原因（党员可见）"
                      maxLength={200}
                      rows={3}
                      value={reason}
                      onChange={setReason}
                    />
                    <View className="review__actions">
                      <Button size="small" fill="none" onClick={() => setRejecting(undefined)}>
                        取消
                      </Button>
                      <Button
                        className="review-confirm-reject"
                        size="small"
                        type="primary"
                        loading={busy === claim.id}
                        onClick={() => void reject(claim.id)}
                      >
                        确认驳回
                      </Button>
                    </View>
                  </View>
                )}
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
