import { useRouter } from '@tarojs/taro'
import type { PeriodKind } from '@contract'
import { branchReport, exportBranchReport, refreshStats } from '@/api/stats'
import { useRequest } from '../useRequest'
import { useStatsPeriod } from './useStatsPeriod'
import { useStatsTasks } from './useStatsTasks'

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year']

/**
 * One branch's statistics: the branch from the page's `branchId` parameter
 * (leaders' drill-down) or, without one, the caller's own branch (secretary).
 */
export function useBranchReport() {
  const { params } = useRouter()
  const branchId = params.branchId || undefined
  const kind = KINDS.find((item) => item === params.kind)
  const periodState = useStatsPeriod({ kind, key: kind ? params.key : undefined })
  const { period } = periodState
  const report = useRequest(
    () => branchReport(period, branchId, { silent: true }),
    [period.kind, period.key, branchId],
    {
      pullDownRefresh: true,
    },
  )

  const tasks = useStatsTasks(
    () => refreshStats(period, branchId),
    report.reload,
    () => exportBranchReport(period, branchId),
  )
  return { ...periodState, branchId, report, ...tasks }
}
