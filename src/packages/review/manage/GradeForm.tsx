import { Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { ReviewProgress } from '@contract'
import { GRADE_LABELS, type Grade } from '@contract/reviewLabels'
import ButtonChoice from '@/components/ButtonChoice'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useGradeProposal } from '@/hooks/review/useGradeProposal'
import { GRADE_OPTIONS, countsLine } from '../labels'

type Proposal = ReturnType<typeof useGradeProposal>
type Tally = NonNullable<ReviewProgress['tallies']>[number]

const Row = ({ row, proposal }: { row: Tally; proposal: Proposal }) => {
  const item = proposal.draft[row.id]
  return (
    <View className="manage__member" data-testid="review-grade-row" data-member={row.id}>
      <Text className="manage__name">{row.name}</Text>
      <Text className="manage__meta">
        自评 {row.self ? GRADE_LABELS[row.self] : '未填'} · 互评 {countsLine(row.counts)}
      </Text>
      <ButtonChoice
        className="review-grade review-grades-choice"
        value={item?.grade ?? 'qualified'}
        options={GRADE_OPTIONS}
        onChange={(grade: Grade) => proposal.set(row.id, { grade })}
      />
      {proposal.needsReason(row.id) && (
        <Input
          className="manage__reason review-grade-reason"
          placeholder="评定理由（必填）"
          maxLength={500}
          value={item?.reason ?? ''}
          onChange={(reason) => proposal.set(row.id, { reason })}
        />
      )}
    </View>
  )
}

/** 组织评定 by the committee once voting is over; the server enforces the 优秀 ratio and the reasons. */
export default function GradeForm({ progress, reload }: { progress: ReviewProgress; reload: () => Promise<void> }) {
  const proposal = useGradeProposal(progress, reload)
  return (
    <Section title="组织评定" testId="review-grades-form">
      <Text className="manage__hint">
        优秀不超过参评人数的 {progress.review.excellentPercent}%（已选 {proposal.excellent}{' '}
        人）；评为基本合格、不合格须写明理由。
      </Text>
      {(progress.tallies ?? []).map((row) => (
        <Row key={row.id} row={row} proposal={proposal} />
      ))}
      <View className="manage__body">
        <SubmitBar
          className="review-grades-submit"
          error={proposal.submit.error}
          errorClassName="manage__error"
          errorTestId="review-grades-error"
          loading={proposal.submit.running}
          onSubmit={proposal.submit.run}
        >
          {progress.proposal ? '更新组织评定' : '保存组织评定'}
        </SubmitBar>
      </View>
    </Section>
  )
}
