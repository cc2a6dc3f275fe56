import type { BranchStatsRow, Compliance, PeriodKind, Ratio } from '@contract'
import { periodLabel, recentPeriods } from '@periods'
import { shanghai } from './time'

/** How statistics read on screen: 暂无数据 for a missing figure, never 0. */
export const NO_DATA = '暂无数据'

export const formatRate = (value: Ratio | number | null | undefined): string => {
  const rate = value !== null && typeof value === 'object' ? value.rate : value
  return rate === null || rate === undefined ? NO_DATA : `${(rate * 100).toFixed(1)}%`
}

export const formatDecimal = (value: number | null | undefined): string =>
  value === null || value === undefined ? NO_DATA : String(Math.round(value * 10) / 10)

export const formatCount = (value: number | null | undefined): string =>
  value === null || value === undefined ? NO_DATA : String(value)

/** `12 / 14` under a rate, so a leader sees what it came from. */
export const ratioDetail = (value: Ratio): string =>
  value.rate === null ? '' : `${value.numerator} / ${value.denominator}`

/** 达标 8/8，待开展 8: the decided units and, apart, those still to come, so the rate and the warnings agree. */
export const complianceDetail = (value: Compliance): string =>
  [
    value.denominator ? `达标 ${value.numerator}/${value.denominator}` : '',
    value.pending ? `待开展 ${value.pending}` : '',
  ]
    .filter(Boolean)
    .join('，')

export const compiledLabel = (instant: string) => `统计于 ${shanghai(instant).format('M月D日 HH:mm')}`

export interface PeriodOption {
  kind: PeriodKind
  key: string
  label: string
}

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { month: '月度', quarter: '季度', year: '年度' }

const PICKABLE: Record<PeriodKind, number> = { month: 12, quarter: 8, year: 5 }

/** The periods a leader can pick, newest first: 12 months, 8 quarters or 5 years up to now (Asia/Shanghai). */
export const periodOptions = (kind: PeriodKind, now = new Date()): PeriodOption[] =>
  recentPeriods(kind, now, PICKABLE[kind]).map((key) => ({ kind, key, label: periodLabel(kind, key) }))

export type BranchSortKey = 'compliance' | 'attendance' | 'read' | 'pointsPerMember' | 'dues'

export const BRANCH_SORT_LABELS: Record<BranchSortKey, string> = {
  compliance: '达标率',
  attendance: '出勤率',
  read: '阅读率',
  pointsPerMember: '人均积分',
  dues: '党费',
}

const sortValue = (row: BranchStatsRow, key: BranchSortKey): number | null => {
  const { figures } = row
  if (key === 'compliance') return figures.compliance.rate
  if (key === 'attendance') return figures.attendance.rate
  if (key === 'read') return figures.notices.read.rate
  // Snapshots compiled before dues joined the statistics have none.
  if (key === 'dues') return figures.dues?.collection.rate ?? null
  return figures.points.perMember
}

/** Highest first (or lowest first); branches without the figure (暂无数据) always last. */
export const sortBranches = (
  rows: readonly BranchStatsRow[],
  key: BranchSortKey,
  descending: boolean,
): BranchStatsRow[] =>
  [...rows].sort((a, b) => {
    const left = sortValue(a, key)
    const right = sortValue(b, key)
    if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1
    return descending ? right - left : left - right
  })

/** `11月` from `2026-11`, for chart axes. */
export const monthAxisLabel = (month: string) => `${Number(month.slice(5, 7))}月`
