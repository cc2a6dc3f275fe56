import type { BranchStatsRow, Compliance, PeriodKind, Ratio } from '@contract'
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

const QUARTER_NAMES = ['一', '二', '三', '四']

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { month: '月度', quarter: '季度', year: '年度' }

/** The periods a leader can pick, newest first: 12 months, 8 quarters or 5 years up to now (Asia/Shanghai). */
export const periodOptions = (kind: PeriodKind, now = new Date()): PeriodOption[] => {
  const today = shanghai(now)
  if (kind === 'month')
    return Array.from({ length: 12 }, (_, index) => {
      const at = today.startOf('month').subtract(index, 'month')
      return { kind, key: at.format('YYYY-MM'), label: at.format('YYYY年M月') }
    })
  if (kind === 'quarter') {
    const current = today.year() * 4 + Math.floor(today.month() / 3)
    return Array.from({ length: 8 }, (_, index) => {
      const serial = current - index
      const year = Math.floor(serial / 4)
      const quarter = (serial % 4) + 1
      return { kind, key: `${year}-Q${quarter}`, label: `${year}年第${QUARTER_NAMES[quarter - 1]}季度` }
    })
  }
  return Array.from({ length: 5 }, (_, index) => {
    const year = today.year() - index
    return { kind, key: String(year), label: `${year}年` }
  })
}

export type BranchSortKey = 'compliance' | 'attendance' | 'read' | 'pointsPerMember'

export const BRANCH_SORT_LABELS: Record<BranchSortKey, string> = {
  compliance: '达标率',
  attendance: '出勤率',
  read: '阅读率',
  pointsPerMember: '人均积分',
}

const sortValue = (row: BranchStatsRow, key: BranchSortKey): number | null => {
  const { figures } = row
  if (key === 'compliance') return figures.compliance.rate
  if (key === 'attendance') return figures.attendance.rate
  if (key === 'read') return figures.notices.read.rate
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
