// Selectors: [data-testid=talk-coverage] [data-testid=coverage-branch][data-branch-id=<id>]
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReviewFigures } from '@contract'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { TALKS_PAGE } from '@/hooks/organisationLife/pages'
import { useTalkDashboard } from '@/hooks/organisationLife/useTalkDashboard'
import Meter from '../components/Meter'
import '../life.scss'

const open = (row: ReviewFigures) =>
  void Taro.navigateTo({ url: `${TALKS_PAGE}?branchId=${row.branchId}&name=${encodeURIComponent(row.branchName)}` })

function BranchCoverage({ row }: { row: ReviewFigures }) {
  return (
    <View className="life-row" data-testid="coverage-branch" data-branch-id={row.branchId} onClick={() => open(row)}>
      <View className="life-row__top">
        <Text className="life-row__title">{row.branchName}</Text>
        <Text className="life-row__meta">谈话 {row.talks} 次 ›</Text>
      </View>
      <View className="life-row__figures">
        <Meter compact label="书记与党员" unit="人" testId="coverage-secretary" {...row.secretaryCoverage} />
        <Meter compact label="支委之间" unit="对" testId="coverage-committee" {...row.committeeCoverage} />
      </View>
    </View>
  )
}

/** Leaders: this year's 谈心谈话 coverage of every branch they reach, least covered first; a tap opens its talks. */
export default function TalkCoverage() {
  const dashboard = useTalkDashboard()
  const rows = dashboard.data
  return (
    <View className="page" data-testid="talk-coverage">
      <PageState loading={dashboard.loading && !rows} error={dashboard.error} onRetry={dashboard.reload}>
        {rows && rows.length > 0 && (
          <Section title={`${dashboard.year}年合计（${rows.length} 个支部）`}>
            <Meter label="书记与党员谈话" unit="人" testId="coverage-total-secretary" {...dashboard.secretaryTotal} />
            <Meter label="支委之间谈话" unit="对" testId="coverage-total-committee" {...dashboard.committeeTotal} />
          </Section>
        )}
        <Section title="各支部（覆盖少的在前）">
          {rows?.length === 0 && <EmptyState title="没有可查看的支部" />}
          {rows?.map((row) => (
            <BranchCoverage key={row.branchId} row={row} />
          ))}
        </Section>
      </PageState>
    </View>
  )
}
