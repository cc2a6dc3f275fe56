import type { PeriodKind } from '../../contract/common'
import type { BranchFigures, EventStatsRow, MemberStatsRow, OrganisationTotals } from '../../contract/stats'

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

/** A requirement still open in some branch below a unit, named by the path under that unit. */
export interface PendingItem {
  branchId: string
  branchName: string
  /** Unit names from just below the rolled-up unit down to the branch: 二分公司党委 › 第三支部. */
  path: string[]
  /** 本月尚未开展主题党日, 第一党小组 本月尚未召开党小组会 */
  detail: string
}

/**
 * `_id` `<unitId>:<periodKey>`: a 党委's or 党总支's figures for one period,
 * the sums of its children's numerators and denominators (never an average of
 * rates), so its parent reads one document per child whatever the subtree's
 * size. `compiledAt` is the oldest compile among the branches it sums.
 */
export interface UnitSnapshotDoc {
  _id: string
  unitId: string
  unitName: string
  kind: PeriodKind
  periodKey: string
  start: Date
  end: Date
  compiledAt: Date
  totals: OrganisationTotals
  pointsByMonth: { month: string; points: number }[]
  /** The requirements of the period's own kind still open below (count), the first few named. */
  pending: { count: number; items: PendingItem[] }
}

export const unitSnapshotId = (unitId: string, periodKey: string) => `${unitId}:${periodKey}`
