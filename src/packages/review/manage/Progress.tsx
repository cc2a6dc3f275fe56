import { Text, View } from '@tarojs/components'
import type { MemberRef, ReviewProgress } from '@contract'
import Section from '@/components/Section'
import StatusChip from '@/components/StatusChip'
import { PHASE_TONES, phaseLabel, reviewDates } from '../labels'

const names = (refs: MemberRef[]) => refs.map((ref) => ref.name).join('、')

/** Participation: counts, and who has not yet written a 自评 or rated anyone (never who rated whom how). */
export default function Progress({ progress }: { progress: ReviewProgress }) {
  const { review } = progress
  return (
    <Section
      title={`${review.year} 年度民主评议`}
      testId="review-progress"
      extra={<StatusChip tone={PHASE_TONES[review.phase]}>{phaseLabel(review.phase)}</StatusChip>}
    >
      <Text className="manage__hint">{reviewDates(review)}</Text>
      <View className="manage__figures">
        <View className="manage__figure" data-testid="review-self-count">
          <Text className="manage__figure-value">
            {progress.selfDone}/{progress.members}
          </Text>
          <Text className="manage__meta">已自评</Text>
        </View>
        <View className="manage__figure" data-testid="review-voted-count">
          <Text className="manage__figure-value">
            {progress.voted}/{progress.members}
          </Text>
          <Text className="manage__meta">已互评</Text>
        </View>
        <View className="manage__figure">
          <Text className="manage__figure-value">{progress.ballots}</Text>
          <Text className="manage__meta">互评票数</Text>
        </View>
      </View>
      {progress.missingSelf.length > 0 && <Text className="manage__hint">未自评：{names(progress.missingSelf)}</Text>}
      {review.phase === 'open' && progress.notVoted.length > 0 && (
        <Text className="manage__hint">未互评：{names(progress.notVoted)}</Text>
      )}
    </Section>
  )
}
