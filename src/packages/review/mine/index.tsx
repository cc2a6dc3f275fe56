// Selectors: [data-testid=review-self] .review-self-text .review-self-grade .review-self-submit [data-testid=review-ballot] .review-ballot-grade [data-testid=review-ballot-progress] [data-testid=review-my-grade] .review-object .review-objection-text .review-objection-submit [data-testid=review-my-objection] [data-testid=review-objection-answer]
import { Text, View } from '@tarojs/components'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import StatusChip from '@/components/StatusChip'
import { useBoundProfile } from '@/hooks/me'
import { useMyReview } from '@/hooks/review/useMyReview'
import { PHASE_TONES, phaseLabel, reviewDates } from '../labels'
import Ballots from './Ballots'
import Results from './Results'
import SelfAssessment from './SelfAssessment'
import './index.scss'

/** 民主评议 (member): 自评, 互评 while voting is open; the result, the 公示 and objections afterwards. */
export default function MyReviewPage() {
  const { profile } = useBoundProfile()
  const { data, loading, error, reload, setData } = useMyReview()
  const missing = error?.code === 'NOT_FOUND'
  const open = data?.review.phase === 'open'
  return (
    <View className="page review">
      <PageState loading={loading && !data} error={missing ? undefined : error} onRetry={reload}>
        {missing && <EmptyState title="本支部今年还没有开启民主评议" />}
        {data && profile && (
          <>
            <View className="review__head" data-testid="review-head">
              <View className="review__line-main">
                <Text className="review__title">{data.review.year} 年度民主评议党员</Text>
                <Text className="review__meta">{reviewDates(data.review)}</Text>
              </View>
              <StatusChip tone={PHASE_TONES[data.review.phase]}>{phaseLabel(data.review.phase)}</StatusChip>
            </View>
            <Results review={data} memberId={profile.memberId} reload={reload} />
            <SelfAssessment review={data} open={open} reload={reload} />
            <Ballots review={data} open={open} setReview={setData} />
          </>
        )}
      </PageState>
    </View>
  )
}
