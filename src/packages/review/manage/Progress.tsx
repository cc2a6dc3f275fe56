import { Text, View } from '@tarojs/components'
import type { MemberRef, ReviewProgress } from '@contract'
import Section from '@/components/Section'
import StatusChip from '@/components/StatusChip'
import { PHASE_TONES, phaseLabel, reviewDates } from '../labels'

const Figure = ({ value, label, testId }: { value: string; label: string; testId?: string }) => (
  <View className="manage__figure" data-testid={testId}>
    <Text className="manage__figure-value">{value}</Text>
    <Text className="manage__meta">{label}</Text>
  </View>
)

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
        <Figure value={`${progress.selfDone}/${progress.members}`} label="已自评" testId="review-self-count" />
        <Figure value={`${progress.voted}/${progress.members}`} label="已互评" testId="review-voted-count" />
        <Figure value={String(progress.ballots)} label="互评票数" />
      </View>
      {review.phase === 'open' && progress.missingSelf.length > 0 && (
        <Text className="manage__hint">未自评：{names(progress.missingSelf)}</Text>
      )}
      {review.phase === 'open' && progress.notVoted.length > 0 && (
        <Text className="manage__hint">未互评：{names(progress.notVoted)}</Text>
      )}
    </Section>
  )
}
