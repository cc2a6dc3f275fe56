// Selectors: .review-year .review-open-submit [data-testid=review-progress] [data-testid=review-self-count] [data-testid=review-voted-count] .review-close [data-testid=review-grade-row] .review-grade .review-grade-reason .review-grades-submit [data-testid=review-grades-error] .review-publish [data-testid=review-objection] .review-answer-open .review-answer-text .review-answer-submit .review-finalise
import { Text, View } from '@tarojs/components'
import type { ReviewProgress } from '@contract'
import { GRADE_LABELS } from '@contract/reviewLabels'
import ButtonChoice from '@/components/ButtonChoice'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { reviewYears } from '@/hooks/review/reviewIds'
import { useReviewManage } from '@/hooks/review/useReviewManage'
import GradeForm from './GradeForm'
import Objections from './Objections'
import OpenForm from './OpenForm'
import Progress from './Progress'
import Steps from './Steps'
import './index.scss'

const Published = ({ progress }: { progress: ReviewProgress }) => (
  <Section title="组织评定（公示）" testId="review-published">
    {(progress.proposal ?? []).map((row) => (
      <View key={row.id} className="manage__line">
        <View className="manage__line-main">
          <Text>{row.name}</Text>
          {row.reason && <Text className="manage__meta">{row.reason}</Text>}
        </View>
        <Text>{GRADE_LABELS[row.grade]}</Text>
      </View>
    ))}
  </Section>
)

/** The review's parts for its phase. */
const Phases = ({ progress, reload }: { progress: ReviewProgress; reload: () => Promise<void> }) => {
  const { phase } = progress.review
  const deciding = phase === 'closed' || phase === 'proposed'
  const published = phase === 'publicized' || phase === 'final'
  return (
    <>
      <Progress progress={progress} />
      {deciding && <GradeForm progress={progress} reload={reload} />}
      {published && <Objections progress={progress} reload={reload} />}
      {published && <Published progress={progress} />}
      <Steps progress={progress} reload={reload} />
    </>
  )
}

/** 评议管理 (secretary): open a year's 评议, follow it, close, 组织评定, 公示, answer objections, final. */
export default function ManageReviewPage() {
  const manage = useReviewManage()
  const years = reviewYears().map((year) => [String(year), `${year} 年度`] as const)
  return (
    <View className="page manage">
      <View className="manage__years">
        <ButtonChoice
          className="review-year"
          value={String(manage.year)}
          options={years}
          onChange={(year) => manage.setYear(Number(year))}
        />
      </View>
      <PageState
        loading={manage.loading && !manage.data && !manage.notOpened}
        error={manage.error}
        onRetry={manage.reload}
      >
        {manage.notOpened && <OpenForm year={manage.year} onOpened={manage.reload} />}
        {manage.data && !manage.notOpened && <Phases progress={manage.data} reload={manage.reload} />}
      </PageState>
    </View>
  )
}
