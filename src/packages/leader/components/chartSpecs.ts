import type { BranchStatsRow, TrendPoint } from '@contract'
import type { UChartsOptions } from '@qiun/ucharts'
import { monthAxisLabel } from '@/utils/stats'

type Spec = Omit<UChartsOptions, 'context' | 'width' | 'height' | 'pixelRatio'>

const RED = '#c8161e'

/** 出勤率 by branch (bar); a branch without held events has no bar, not a zero one. */
export const attendanceBars = (rows: readonly BranchStatsRow[]): Spec => ({
  type: 'column',
  categories: rows.map((row) => row.branchName),
  series: [
    {
      name: '出勤率（%）',
      data: rows.map((row) =>
        row.figures.attendance.rate === null ? null : Math.round(row.figures.attendance.rate * 1000) / 10,
      ),
      color: RED,
    },
  ],
  legend: { show: false },
  dataLabel: true,
  xAxis: { disableGrid: true },
  yAxis: { data: [{ min: 0, max: 100 }], gridType: 'dash' },
  extra: { column: { width: 22, seriesGap: 2 } },
})

/** 人均积分 by month (line); months without any points entry are gaps. */
export const pointsLine = (points: readonly TrendPoint[]): Spec => ({
  type: 'line',
  categories: points.map((point) => monthAxisLabel(point.month)),
  series: [
    {
      name: '人均积分',
      data: points.map((point) => (point.perMember === null ? null : Math.round(point.perMember * 10) / 10)),
      color: RED,
    },
  ],
  legend: { show: false },
  dataLabel: true,
  dataPointShape: true,
  xAxis: { disableGrid: true },
  yAxis: { data: [{ min: 0, tofix: 1 }], gridType: 'dash' },
  extra: { line: { type: 'straight', width: 2 } },
})
