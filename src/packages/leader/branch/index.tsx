// Selectors: [data-testid=branch-name] [data-testid=period-bar] [data-testid=compiled-at] .stats-refresh .stats-export [data-testid=figure-<name>] [data-testid=compliance-list] [data-testid=branch-points-chart] [data-testid=event-row] [data-testid=member-row]
import { Text, View } from '@tarojs/components'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useBranchReport } from '@/hooks/stats/useBranchReport'
import { compiledLabel } from '@/utils/stats'
import ComplianceList from '../components/ComplianceList'
import EventRows from '../components/EventRows'
import FigureGrid from '../components/FigureGrid'
import MemberRows from '../components/MemberRows'
import PeriodBar from '../components/PeriodBar'
import TrendChart from '../components/TrendChart'
import { branchFigureCells } from '../components/branchFigures'
import '../dashboard/index.scss'

/**
 * 支部统计: one branch's figures, compliance per type, events and members.
 * Leaders open it from the dashboard; a secretary opens their own branch from 我的.
 */
export default function BranchStats() {
  const state = useBranchReport()
  const { report } = state
  const data = report.data
  return (
    <View className="page stats-page">
      {!report.error && (
        <PeriodBar
          title={data?.branch.branchName}
          kind={state.kind}
          onKind={state.setKind}
          options={state.options}
          selected={state.selected}
          onKey={state.setKey}
          compiledAt={data?.branch.compiledAt}
          busy={state.busy}
          onRefresh={() => void state.refresh()}
          onExport={() => void state.download()}
        />
      )}
      <PageState loading={report.loading && !data} error={report.error} onRetry={report.reload}>
        {data && (
          <>
            <Section title="概况">
              <FigureGrid figures={branchFigureCells(data.branch.figures)} />
            </Section>
            <Section title="组织生活达标情况">
              <ComplianceList items={data.branch.figures.byType} />
            </Section>
            <Section
              title={`${data.trend.year}年人均积分`}
              extra={<Text className="stats-page__hint">{compiledLabel(data.trend.compiledAt)}</Text>}
            >
              <TrendChart id="branch-points-chart" points={data.trend.points} />
            </Section>
            <Section title={`活动（${data.events.length}）`}>
              <EventRows events={data.events} />
            </Section>
            <Section title={`党员出勤与积分（${data.members.length}）`}>
              <MemberRows members={data.members} />
            </Section>
          </>
        )}
      </PageState>
    </View>
  )
}
