import type { statsContract } from '../common/contract/stats'
import type { ActionTable, TimerTable } from '../common/handler'
import { branchReport } from './usecases/branchReport'
import { compileAllCurrent } from './usecases/compileAllCurrent'
import { dashboard } from './usecases/dashboard'
import { exportBranchReport } from './usecases/exportBranchReport'
import { exportDashboard } from './usecases/exportDashboard'
import { refreshStats } from './usecases/refreshStats'

/** Org-wide readers see every branch; a secretary's branch scope is checked in the use cases (scope.ts). */
const leaders = ['leader', 'admin'] as const
const branchReaders = ['secretary', 'leader', 'admin'] as const

export const statsActions: ActionTable<typeof statsContract> = {
  dashboard: { access: leaders, run: dashboard },
  branchReport: { access: branchReaders, run: branchReport },
  refreshStats: { access: branchReaders, run: refreshStats },
  exportDashboard: { access: leaders, run: exportDashboard },
  exportBranchReport: { access: branchReaders, run: exportBranchReport },
}

/** config.json: `compileAllCurrent` at 02:00 Asia/Shanghai every day. */
export const statsTimers: TimerTable = { compileAllCurrent }
