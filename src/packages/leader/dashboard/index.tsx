// Selectors: [data-testid=unit-path] [data-testid=unit-path-item][data-unit-id] [data-testid=unit-table] [data-testid=unit-row][data-unit-id] [data-testid=period-bar] [data-testid=period-kind-<kind>] [data-testid=compiled-at] .stats-refresh .stats-export [data-testid=stats-warnings] [data-testid=branch-table] [data-testid=sort-<key>] [data-testid=branch-row][data-branch-id] [data-testid=attendance-chart] [data-testid=points-chart]
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
import UnitPath from './UnitPath'
import UnitTable from './UnitTable'
import './index.scss'

type Board = NonNullable<ReturnType<typeof useStatsDashboard>['board']['data']>

/** The unit's child 党委 / 党总支 (drill down) and child branches (open the report), each when there are any. */
function Children({
  data,
  state,
  onBranch,
}: {
  data: Board
  state: ReturnType<typeof useStatsDashboard>
  onBranch: (id: string) => void
}) {
  const { rows } = state
  return (
    <>
      {data.units.length > 0 && (
        <Section title="下级组织" extra={<Text className="stats-page__hint">点组织逐级查看</Text>}>
          <UnitTable rows={data.units} onOpen={state.openUnit} />
        </Section>
      )}
      {rows.length > 0 && (
        <Section title="支部排行" extra={<Text className="stats-page__hint">点表头排序，点支部查看详情</Text>}>
          <BranchTable
            rows={rows}
            sortKey={state.sortKey}
            descending={state.descending}
            onSort={state.sortBy}
            onOpen={(row) => onBranch(row.branchId)}
          />
        </Section>
      )}
      {rows.length > 0 && (
        <Section title="各支部出勤率">
          <Chart id="attendance-chart" testId="attendance-chart" spec={attendanceBars(rows)} />
        </Section>
      )}
    </>
  )
}

/**
 * 统计看板 (leaders, admins): the caller's unit first — its totals, warnings by
 * unit path, its child units (drill down, back up by the breadcrumb) and
 * branches — and the points trend.
 */
export default function StatsDashboard() {
  const state = useStatsDashboard()
  const { board, period } = state
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
            <UnitPath path={data.path} onOpen={state.openUnit} />
            <WarningList warnings={data.warnings} count={data.warningCount} />
            <Section title={data.unit ? `${data.unit.name}概况` : '全委概况'} testId="org-totals">
              <FigureGrid figures={totalsFigureCells(data.totals)} />
            </Section>
            <Children data={data} state={state} onBranch={openBranch} />
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
