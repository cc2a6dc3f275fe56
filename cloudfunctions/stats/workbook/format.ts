import ExcelJS from 'exceljs'
import type { Ratio } from '../../common/contract/stats'
import { inZone } from '../../common/time'

/** Shared pieces of the statistics workbooks: Chinese headers, 暂无数据 for missing figures, Shanghai times. */

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

export interface TableSpec {
  headers: string[]
  widths: number[]
  rows: (string | number)[][]
}

/** A bold, shaded header row and its data rows, starting at `startRow`. */
export const writeTable = (sheet: ExcelJS.Worksheet, startRow: number, table: TableSpec): void => {
  table.widths.forEach((width, index) => {
    const column = sheet.getColumn(index + 1)
    column.width = Math.max(column.width ?? 0, width)
  })
  const header = sheet.getRow(startRow)
  header.values = table.headers
  header.font = { bold: true }
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECED' } }
    cell.border = { bottom: { style: 'thin' } }
  })
  table.rows.forEach((values, index) => {
    sheet.getRow(startRow + 1 + index).values = values
  })
}

/** Label / value lines at the top of a sheet; returns the first free row after a blank one. */
export const writeFacts = (sheet: ExcelJS.Worksheet, facts: [string, string | number][]): number => {
  facts.forEach(([label, value], index) => {
    const row = sheet.getRow(index + 1)
    row.values = [label, value]
    row.getCell(1).font = { bold: true }
  })
  sheet.getColumn(1).width = Math.max(sheet.getColumn(1).width ?? 0, 14)
  return facts.length + 2
}

export const newWorkbook = () => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '智慧支部'
  return workbook
}

export const toBuffer = async (workbook: ExcelJS.Workbook): Promise<Buffer> =>
  Buffer.from(await workbook.xlsx.writeBuffer())

/** File names keep Chinese readable but drop characters no file system accepts. */
export const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80)
