// Selectors: [data-testid=period-bar] [data-testid=period-kind-<kind>] [data-testid=compiled-at] .stats-refresh .stats-export [data-testid=stats-warnings] [data-testid=branch-table] [data-testid=sort-<key>] [data-testid=branch-row][data-branch-id] [data-testid=attendance-chart] [data-testid=points-chart]
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useStatsDashboard } from '@/hooks/stats/useStatsDashboard'
import { compiledLabel } from '@/utils/stats'
import BranchTable from '../components/BranchTable'
import Chart from '../components/Chart'
import { attendanceBars } from '../components/chartSpecs'
import FigureGrid from '../components/FigureGrid'
import PeriodBar from '../components/PeriodBar'
import TrendChart from '../components/TrendChart'
import WarningList from '../components/WarningList'
import { totalsFigureCells } from '../components/branchFigures'
import './index.scss'

/** 统计看板 (leaders, admins): organisation totals, warnings, the branch table and charts. */
export default function StatsDashboard() {
  const state = useStatsDashboard()
  const { board, rows, period } = state
  const data = board.data
  const openBranch = (branchId: string) =>
    void Taro.navigateTo({
      url: `/packages/leader/branch/index?branchId=${branchId}&kind=${period.kind}&key=${period.key}`,
    })
  return (
    <View className="page stats-page">
      {!board.error && (
        <PeriodBar
          kind={state.kind}
          onKind={state.setKind}
          options={state.options}
          selected={state.selected}
          onKey={state.setKey}
          compiledAt={data?.compiledAt}
          busy={state.busy}
          onRefresh={() => void state.refresh()}
          onExport={() => void state.download()}
        />
      )}
      <PageState loading={board.loading && !data} error={board.error} onRetry={board.reload}>
        {data && (
          <>
            <WarningList warnings={data.warnings} />
            <Section title="全委概况" testId="org-totals">
              <FigureGrid figures={totalsFigureCells(data.totals)} />
            </Section>
            <Section title="支部排行" extra={<Text className="stats-page__hint">点表头排序，点支部查看详情</Text>}>
              <BranchTable
                rows={rows}
                sortKey={state.sortKey}
                descending={state.descending}
                onSort={state.sortBy}
                onOpen={(row) => openBranch(row.branchId)}
              />
            </Section>
            <Section title="各支部出勤率">
              <Chart id="attendance-chart" testId="attendance-chart" spec={attendanceBars(rows)} />
            </Section>
            <Section
              title={`${data.trend.year}年人均积分`}
              extra={<Text className="stats-page__hint">{compiledLabel(data.trend.compiledAt)}</Text>}
            >
              <TrendChart id="points-chart" points={data.trend.points} />
            </Section>
          </>
        )}
      </PageState>
    </View>
  )
}
