import type ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { AppError } from '../../common/errors'
import { loadExcel } from '../../common/xlsx'

/** The roster file's columns, in order, exactly as the template names them. */
export const ROSTER_HEADER = ['姓名', '手机号', '支部', '党小组', '角色', '入党日期'] as const
export const MAX_ROWS = 2000
export const MAX_BYTES = 2 * 1024 * 1024

export interface RawRow {
  line: number
  cells: string[]
}

const objectText = (value: object): string => {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('text' in value) return String(value.text)
  if ('result' in value) return String(value.result ?? '')
  return String(value)
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  return typeof value === 'object' ? objectText(value) : String(value)
}

const readXlsx = async (content: Buffer): Promise<string[][]> => {
  const workbook = new (await loadExcel()).Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[]
    rows[rowNumber - 1] = ROSTER_HEADER.map((_, index) => cellText(values[index + 1]).trim())
  })
  return Array.from(rows, (row) => row ?? [])
}

/**
 * CSV text as Excel saves it: UTF-8 (with or without a BOM), or on Chinese
 * Windows GBK. Bytes that are not valid UTF-8 are read as GB18030, GBK's superset.
 */
export const decodeCsv = (content: Buffer): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content)
  } catch {
    return new TextDecoder('gb18030').decode(content)
  }
}

const readCsv = (content: Buffer): string[][] =>
  parse(decodeCsv(content), { relax_column_count: true, skip_empty_lines: false }).map((row: string[]) =>
    row.map((cell) => cell.trim()),
  )

/** Reads the first sheet (or the CSV) into numbered rows, checking the header and the size. */
export const parseRoster = async (content: Buffer, fileName: string): Promise<RawRow[]> => {
  if (content.length > MAX_BYTES) throw new AppError('ROSTER_INVALID', '名册文件不能超过 2 MB')
  let table: string[][]
  try {
    table = /\.xlsx$/i.test(fileName) ? await readXlsx(content) : readCsv(content)
  } catch {
    throw new AppError('ROSTER_INVALID', '无法读取名册文件，请确认是 .csv 或 .xlsx 格式')
  }
  const header = (table[0] ?? []).slice(0, ROSTER_HEADER.length).join(',')
  if (header !== ROSTER_HEADER.join(','))
    throw new AppError('ROSTER_INVALID', `表头应为：${ROSTER_HEADER.join('、')}（第 1 行）`)
  const rows = table
    .slice(1)
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell !== ''))
  if (rows.length === 0) throw new AppError('ROSTER_INVALID', '名册中没有党员数据')
  if (rows.length > MAX_ROWS) throw new AppError('ROSTER_INVALID', `一次最多导入 ${MAX_ROWS} 人`)
  return rows
}
