import type { PeriodKind } from '../../contract/common'
import type { BranchFigures, EventStatsRow, MemberStatsRow } from '../../contract/stats'

/**
 * `_id` `<branchId>:<periodKey>`: one branch's compiled statistics for one
 * period, replaced whole on every compile. `detail` (the drill-down) is left
 * out when the dashboard reads every branch at once.
 */
export interface StatsSnapshotDoc {
  _id: string
  branchId: string
  branchName: string
  kind: PeriodKind
  periodKey: string
  start: Date
  end: Date
  compiledAt: Date
  figures: BranchFigures
  detail: { events: EventStatsRow[]; members: MemberStatsRow[] }
}

export const snapshotId = (branchId: string, periodKey: string) => `${branchId}:${periodKey}`
