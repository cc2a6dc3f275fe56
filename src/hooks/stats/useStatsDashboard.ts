import { useMemo, useState } from 'react'
import { dashboard, exportDashboard, refreshStats } from '@/api/stats'
import { sortBranches, type BranchSortKey } from '@/utils/stats'
import { useRequest } from '../useRequest'
import { useStatsPeriod } from './useStatsPeriod'
import { useStatsTasks } from './useStatsTasks'

/**
 * The leaders' dashboard: the chosen unit's figures for the chosen period
 * (first the caller's own unit; `openUnit` drills down or back up the
 * breadcrumb), the table's sort order, refresh and export.
 */
export function useStatsDashboard() {
  const periodState = useStatsPeriod()
  const { period } = periodState
  const [unitId, openUnit] = useState<string | undefined>(undefined)
  const board = useRequest(() => dashboard(period, unitId, { silent: true }), [period.kind, period.key, unitId], {
    pullDownRefresh: true,
  })
  const [sortKey, setSortKey] = useState<BranchSortKey>('compliance')
  const [descending, setDescending] = useState(true)

  const rows = useMemo(
    () => (board.data ? sortBranches(board.data.branches, sortKey, descending) : []),
    [board.data, sortKey, descending],
  )

  /** Tapping the sorted column again flips the order. */
  const sortBy = (key: BranchSortKey) => {
    if (key === sortKey) setDescending(!descending)
    else {
      setSortKey(key)
      setDescending(true)
    }
  }

  const tasks = useStatsTasks(
    () => refreshStats(period),
    board.reload,
    () => exportDashboard(period, unitId),
  )
  return { ...periodState, board, rows, sortKey, descending, sortBy, openUnit, ...tasks }
}
