// Selectors: .review-year [data-testid=review-branch-row]
import { Text, View } from '@tarojs/components'
import type { ReviewFigures } from '@contract'
import ButtonChoice from '@/components/ButtonChoice'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import StatusChip from '@/components/StatusChip'
import { reviewYears } from '@/hooks/review/reviewIds'
import { useReviewDashboard } from '@/hooks/review/useReviewDashboard'
import { PHASE_TONES, countsLine, phaseLabel } from '../labels'
import './index.scss'

const BranchRow = ({ row }: { row: ReviewFigures }) => (
  <View className="board__line" data-testid="review-branch-row" data-branch={row.branchId}>
    <View className="board__line-main">
      <Text className="board__name">
        {row.path?.length ? `${row.path.join(' › ')} › ` : ''}
        {row.branchName}
      </Text>
      {row.phase ? (
        <Text className="board__meta">
          自评 {row.selfDone}/{row.members} · 互评 {row.voted}/{row.members}
        </Text>
      ) : (
        <Text className="board__meta">尚未开启评议</Text>
      )}
      {row.grades && <Text className="board__meta">{countsLine(row.grades)}</Text>}
      <Text className="board__meta">
        谈心谈话 {row.talks} 次 · 书记谈话覆盖 {row.secretaryCoverage.covered}/{row.secretaryCoverage.total}
      </Text>
    </View>
    {row.phase ? (
      <StatusChip tone={PHASE_TONES[row.phase]}>{phaseLabel(row.phase)}</StatusChip>
    ) : (
      <StatusChip tone="default">未开启</StatusChip>
    )}
  </View>
)

/** 评议进度 (leaders, admins): each branch they reach — participation, final grade counts, talk coverage. */
export default function ReviewDashboardPage() {
  const { data, loading, error, reload, year, setYear } = useReviewDashboard()
  const years = reviewYears().map((value) => [String(value), `${value} 年度`] as const)
  const opened = data?.filter((row) => row.phase).length ?? 0
  return (
    <View className="page board">
      <View className="board__years">
        <ButtonChoice
          className="review-year"
          value={String(year)}
          options={years}
          onChange={(next) => setYear(Number(next))}
        />
      </View>
      <PageState loading={loading && !data} error={error} onRetry={reload}>
        <Section title={`各支部评议（已开启 ${opened}/${data?.length ?? 0}）`} testId="review-board">
          {data?.length === 0 && <EmptyState title="没有可查看的支部" />}
          {data?.map((row) => (
            <BranchRow key={row.branchId} row={row} />
          ))}
        </Section>
      </PageState>
    </View>
  )
}
