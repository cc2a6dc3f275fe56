import type ExcelJS from 'exceljs'
import type { Ratio } from '../../common/contract/stats'
import { inZone } from '../../common/time'
import { writeFacts } from '../../common/xlsx'

/** Shared pieces of the statistics workbooks: 暂无数据 for missing figures, Shanghai times (styling: common/xlsx). */

export const NO_DATA = '暂无数据'

export const percent = (value: Ratio | number | null): string => {
  const rate = value !== null && typeof value === 'object' ? value.rate : value
  return rate === null ? NO_DATA : `${(rate * 100).toFixed(1)}%`
}

/** `12 / 16 (75.0%)`: the figure and what it was computed from. */
export const ratioCell = (value: Ratio): string =>
  value.rate === null ? NO_DATA : `${value.numerator} / ${value.denominator}（${percent(value)}）`

export const decimal = (value: number | null): string | number =>
  value === null ? NO_DATA : Math.round(value * 10) / 10

export const orNoData = (value: number | null): string | number => (value === null ? NO_DATA : value)

export const dateTime = (at: Date | string) => inZone(at).format('YYYY-MM-DD HH:mm')

/** Label / value lines at the top of a statistics sheet, the label column at least 14 wide. */
export const writeStatsFacts = (sheet: ExcelJS.Worksheet, facts: [string, string | number][]): number =>
  writeFacts(sheet, facts, { labelWidth: 14 })
