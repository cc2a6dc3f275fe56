import { Text, View } from '@tarojs/components'
import type { MyReview } from '@contract'
import type { Grade } from '@contract/reviewLabels'
import ButtonChoice from '@/components/ButtonChoice'
import Section from '@/components/Section'
import { useBallots } from '@/hooks/review/useBallots'
import { GRADE_OPTIONS } from '../labels'

interface Props {
  review: MyReview
  open: boolean
  setReview: Parameters<typeof useBallots>[2]
}

/** 互评 while voting is open: one grade per fellow member, changeable until it closes; anonymous to everyone. */
export default function Ballots({ review, open, setReview }: Props) {
  const ballots = useBallots(review.review.id, review.ballots, setReview)
  if (!open || !review.ballots.length) return null
  return (
    <Section
      title="互评"
      testId="review-ballots"
      extra={
        <Text className="review__progress" data-testid="review-ballot-progress">
          已评 {ballots.rated}/{ballots.total}
        </Text>
      }
    >
      <Text className="review__hint">评议不记名，任何人都只能看到汇总票数；投票截止前可以修改。</Text>
      {ballots.error && <Text className="review__error">{ballots.error}</Text>}
      {review.ballots.map((ballot) => (
        <View key={ballot.id} className="review__ballot" data-testid="review-ballot" data-member={ballot.id}>
          <View className="review__ballot-head">
            <Text className="review__name">{ballot.name}</Text>
            {ballots.pending.has(ballot.id) && <Text className="review__meta">保存中…</Text>}
          </View>
          <ButtonChoice
            className="review-ballot-grade review-grades-choice"
            value={ballot.grade ?? ''}
            options={GRADE_OPTIONS}
            onChange={(grade) => ballots.rate(ballot.id, grade as Grade)}
          />
        </View>
      ))}
    </Section>
  )
}
