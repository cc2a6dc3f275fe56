import { Text, View } from '@tarojs/components'
import type { StatsWarning } from '@contract'
import './WarningList.scss'

/** One line per branch, named by its path: 二分公司党委 › 第三支部 — 本月尚未召开支委会；第一党小组 本月尚未召开党小组会. */
const byBranch = (warnings: readonly StatsWarning[]) => {
  const grouped = new Map<string, { path: string; details: string[] }>()
  for (const warning of warnings) {
    const entry = grouped.get(warning.branchId) ?? { path: warning.path, details: [] }
    entry.details.push(warning.detail)
    grouped.set(warning.branchId, entry)
  }
  return [...grouped.entries()]
}

/** Meetings the current month (or quarter, year) still lacks late in it; `count` of them in all (the first are listed). */
export default function WarningList({ warnings, count }: { warnings: StatsWarning[]; count: number }) {
  if (!warnings.length) return null
  return (
    <View className="warning-list" data-testid="stats-warnings">
      <Text className="warning-list__title">待开展提醒（{count}）</Text>
      {byBranch(warnings).map(([branchId, { path, details }]) => (
        <View key={branchId} className="warning-list__item" data-testid="stats-warning">
          <Text className="warning-list__mark">!</Text>
          <Text className="warning-list__text">
            <Text className="warning-list__branch">{path}</Text>
            {details.join('；')}
          </Text>
        </View>
      ))}
      {count > warnings.length && (
        <Text className="warning-list__more">另有 {count - warnings.length} 项，进入下级组织查看</Text>
      )}
    </View>
  )
}
