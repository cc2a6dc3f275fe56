import type ExcelJS from 'exceljs'

/** The workbook styling every .xlsx export shares (活动台账, 统计报表): bold shaded headers, readable widths. */

export interface TableSpec {
  headers: string[]
  widths: number[]
  rows: (string | number)[][]
}

/** A bold, shaded header row with a thin rule below, and its data rows, starting at `startRow`. */
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

/**
 * Label / value lines at the top of a sheet (活动主题, 统计周期 ...), labels in bold; with `labelWidth`
 * the label column is at least that wide. Returns the first free row after a blank one.
 */
export const writeFacts = (
  sheet: ExcelJS.Worksheet,
  facts: [string, string | number][],
  { labelWidth }: { labelWidth?: number } = {},
): number => {
  facts.forEach(([label, value], index) => {
    const row = sheet.getRow(index + 1)
    row.values = [label, value]
    row.getCell(1).font = { bold: true }
  })
  if (labelWidth !== undefined) sheet.getColumn(1).width = Math.max(sheet.getColumn(1).width ?? 0, labelWidth)
  return facts.length + 2
}

/**
 * exceljs is a megabyte of code: it is loaded by the actions that export,
 * on their first call, never at the function's cold start (check-in shares
 * the events bundle with the exports).
 */
export const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default

export const newWorkbook = async () => {
  const workbook = new (await loadExcel()).Workbook()
  workbook.creator = '智慧支部'
  return workbook
}

export const toBuffer = async (workbook: ExcelJS.Workbook): Promise<Buffer> =>
  Buffer.from(await workbook.xlsx.writeBuffer())

/** File names keep Chinese readable but drop characters no file system accepts. */
export const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80)
