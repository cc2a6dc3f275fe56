import { z } from 'zod'
import { action } from './define'
import { id, payload } from '../validation'
import type { Instant, PeriodKind } from './common'
import type { EventType } from './eventTypes'

/**
 * Branch statistics. Every rate is a fraction in [0, 1] with the counts it
 * came from, and `null` means 暂无数据: the source holds nothing for the
 * period (no expected attendees, no notices, no points entries...), which is
 * never shown as 0.
 */

const periodKind = z.enum(['month', 'quarter', 'year'], { errorMap: () => ({ message: '统计周期类型不正确' }) })

/** `2026-11`, `2026-Q4` or `2026`; whether it exists and is not in the future is checked by the use case. */
const periodInput = payload({
  kind: periodKind,
  key: z
    .string({ required_error: '请选择统计周期', invalid_type_error: '统计周期格式不正确' })
    .trim()
    .regex(/^\d{4}(-\d{2}|-Q\d)?$/, '统计周期格式不正确，应为 2026-11、2026-Q4 或 2026'),
})

export type StatsPeriodInput = z.infer<typeof periodInput>

export interface StatsPeriod {
  kind: PeriodKind
  key: string
  /** 2026年11月, 2026年第四季度, 2026年 */
  label: string
  start: Instant
  /** Exclusive. */
  end: Instant
}

/** A share and what it was computed from; `rate` null = 暂无数据. */
export interface Ratio {
  numerator: number
  denominator: number
  rate: number | null
}

/**
 * Met units / decided units, and the units still running without their meeting
 * (not yet decided, so outside the rate): 达标 8/8，待开展 8.
 */
export interface Compliance extends Ratio {
  pending: number
}

/** One type of meeting against its required frequency in the period. */
export interface TypeCompliance {
  type: EventType
  label: string
  /** 每月至少 1 次, 每季度至少 1 次 (每个党小组)... */
  rule: string
  /** Held (recorded, or ended and not cancelled) in the period. */
  held: number
  /** Scheduled and not yet held. */
  planned: number
  /** Requirement units (a month, a quarter, a group-month...) already due or already met; judged in this period. */
  due: number
  satisfied: number
  /** Due units without a meeting, e.g. `2026年10月` or `第一党小组 2026年10月`. */
  missing: string[]
  /** Units still running and not yet met (not counted yet); the dashboard warns about them late in the unit. */
  pending: { unit: string; groupName: string | null }[]
  /** False when the period is shorter than the type's frequency (e.g. 组织生活会 in a month view). */
  judged: boolean
}

export interface NoticeFigures {
  notices: number
  /** Reads by the branch's members of the period's notices / notices × members. */
  read: Ratio
  ackNotices: number
  acknowledged: Ratio
}

export interface PointsFigures {
  /** Ledger entries of the branch in the period; when 0 every other points figure is null (暂无数据). */
  entries: number
  total: number | null
  perMember: number | null
  /** Members with at least 1 point in the period. */
  activeMembers: number | null
}

/**
 * 党费 over the period, from the compiled branch-months (issue 17): member-months
 * owed and paid, summed (never averaged) up the tree like every other ratio.
 */
export interface DuesTotals {
  /** Paid ÷ owed member-months: the 党费收缴率. */
  collection: Ratio
  dueFen: number
  paidFen: number
  /** Members unpaid 6 months or more in a row at the period's last compiled month (自行脱党 review). */
  flagged: number
}

export interface BranchFigures {
  members: number
  groups: number
  eventsHeld: number
  byType: TypeCompliance[]
  compliance: Compliance
  /** checked in / (expected − approved leave), over the held events. */
  attendance: Ratio & { expected: number; approvedLeave: number }
  late: number
  leave: number
  notices: NoticeFigures
  points: PointsFigures
  /** Points per month inside the period (`YYYY-MM`), for the trend line. */
  pointsByMonth: { month: string; points: number }[]
  dues: DuesTotals
}

export interface BranchStatsRow {
  branchId: string
  branchName: string
  compiledAt: Instant
  figures: BranchFigures
}

export interface StatsWarning {
  branchId: string
  branchName: string
  /** The branch under the dashboard's unit: 第三支部, or 二分公司党委 › 第三支部 two levels down. */
  path: string
  /** 二分公司党委 › 第三支部 本月尚未开展主题党日 */
  message: string
  /** The same without the branch name: 本月尚未开展主题党日, 第一党小组 本月尚未召开党小组会. */
  detail: string
}

export interface OrganisationTotals {
  branches: number
  members: number
  eventsHeld: number
  compliance: Compliance
  attendance: Ratio
  late: number
  leave: number
  read: Ratio
  acknowledged: Ratio
  pointsTotal: number | null
  pointsPerMember: number | null
  activeMembers: number | null
  dues: DuesTotals
}

export interface TrendPoint {
  month: string
  /** null: no points entries that month (暂无数据). */
  perMember: number | null
}

/** A unit of the organisation tree as the dashboard names it. */
export interface UnitRef {
  unitId: string
  name: string
}

/** A 党委 or 党总支 under the dashboard's unit: its subtree's figures, summed. */
export interface UnitStatsRow extends UnitRef {
  kind: 'committee' | 'general'
  compiledAt: Instant
  totals: OrganisationTotals
}

export interface Dashboard {
  period: StatsPeriod
  /** The unit shown; null: an organisation without a tree (every branch at the top). */
  unit: (UnitRef & { kind: string }) | null
  /** Breadcrumb: from the highest unit the caller reaches down to the unit shown. */
  path: UnitRef[]
  /** Totals of the unit's whole subtree. */
  totals: OrganisationTotals
  /** One row per child 党委 / 党总支 (drill down into it)... */
  units: UnitStatsRow[]
  /** ...and one per child branch. */
  branches: BranchStatsRow[]
  /** The first warnings of the subtree (capped); `warningCount` says how many there are in all. */
  warnings: StatsWarning[]
  warningCount: number
  /** The oldest compile time among the figures shown. */
  compiledAt: Instant
  /** Points per member by month over the period's year (organisation-wide), with its compile time. */
  trend: { year: string; points: TrendPoint[]; compiledAt: Instant }
}

export interface EventStatsRow {
  eventId: string
  type: EventType
  typeLabel: string
  title: string
  groupName: string | null
  start: Instant
  held: boolean
  expected: number
  checkedIn: number
  late: number
  approvedLeave: number
  attendance: Ratio
}

export interface MemberStatsRow {
  memberId: string
  name: string
  groupName: string | null
  /** Held events the member was expected at. */
  expected: number
  attended: number
  late: number
  approvedLeave: number
  attendance: Ratio
  points: number
}

export interface BranchReport {
  period: StatsPeriod
  branch: BranchStatsRow
  events: EventStatsRow[]
  members: MemberStatsRow[]
  trend: { year: string; points: TrendPoint[]; compiledAt: Instant }
}

export interface RefreshResult {
  period: StatsPeriod
  branches: number
  compiledAt: Instant
}

export interface StatsExport {
  fileID: string
  fileName: string
}

const branchPeriodInput = payload({ period: periodInput, branchId: id('支部').optional() })
const unitPeriodInput = payload({ period: periodInput, unitId: id('组织').optional() })

export type DashboardInput = z.infer<typeof unitPeriodInput>

export const statsContract = {
  /**
   * Leaders: one unit's figures for a period (default: the highest unit the caller leads), one row per
   * child unit, warnings and the points trend.
   */
  dashboard: action<Dashboard>()(unitPeriodInput),
  /** One branch's figures with its events and members; a secretary's own branch only. */
  branchReport: action<BranchReport>()(branchPeriodInput),
  /** Recompiles a period now: every branch for leaders, the own branch for a secretary. */
  refreshStats: action<RefreshResult>()(branchPeriodInput),
  exportDashboard: action<StatsExport>()(unitPeriodInput),
  exportBranchReport: action<StatsExport>()(branchPeriodInput),
}

export const statsErrors = {
  STATS_PERIOD_INVALID: '统计周期不存在，请重新选择',
  STATS_PERIOD_FUTURE: '该统计周期尚未开始，暂无统计',
  STATS_BRANCH_NOT_FOUND: '支部不存在',
  STATS_UNIT_NOT_FOUND: '组织不存在，或不在您的管理范围内',
  STATS_BRANCH_FORBIDDEN: '只能查看本支部的统计',
} as const
