import { Text, View } from '@tarojs/components'
import type { StatsWarning } from '@contract'
import './WarningList.scss'

/** One line per branch: 第一支部 — 本月尚未召开支委会；第一党小组 本月尚未召开党小组会. */
const byBranch = (warnings: readonly StatsWarning[]) => {
  const grouped = new Map<string, { branchName: string; details: string[] }>()
  for (const warning of warnings) {
    const entry = grouped.get(warning.branchId) ?? { branchName: warning.branchName, details: [] }
    entry.details.push(warning.detail)
    grouped.set(warning.branchId, entry)
  }
  return [...grouped.entries()]
}

/** Meetings the current month (or quarter, year) still lacks late in it. */
export default function WarningList({ warnings }: { warnings: StatsWarning[] }) {
  if (!warnings.length) return null
  return (
    <View className="warning-list" data-testid="stats-warnings">
      <Text className="warning-list__title">待开展提醒（{warnings.length}）</Text>
      {byBranch(warnings).map(([branchId, { branchName, details }]) => (
        <View key={branchId} className="warning-list__item" data-testid="stats-warning">
          <Text className="warning-list__mark">!</Text>
          <Text className="warning-list__text">
            <Text className="warning-list__branch">{branchName}</Text>
            {details.join('；')}
          </Text>
        </View>
      ))}
    </View>
  )
}
