import type ExcelJS from 'exceljs'
import { AppError } from '../../common/errors'
import { loadExcel } from '../../common/xlsx'

/** The base import's columns, in order, as the template names them. */
export const BASE_HEADER = ['姓名', '手机号', '党费类别', '起始月份', '月收入（元）', '五险一金（元）'] as const
const MAX_ROWS = 2000
const MAX_BYTES = 2 * 1024 * 1024

export interface SheetLine {
  line: number
  cells: string[]
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 7)
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '')
  if (typeof value === 'object' && 'text' in value) return String(value.text)
  return String(value)
}

/** The first sheet's data lines (header checked; blank lines skipped), loading exceljs on first use. */
export const readBaseSheet = async (content: Buffer): Promise<SheetLine[]> => {
  if (content.length > MAX_BYTES) throw new AppError('DUES_IMPORT_INVALID', '导入文件不能超过 2 MB')
  const workbook = new (await loadExcel()).Workbook()
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer)
  } catch {
    throw new AppError('DUES_IMPORT_INVALID', '无法读取文件，请上传 .xlsx 格式的基数表')
  }
  const lines: SheetLine[] = []
  workbook.worksheets[0]?.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as ExcelJS.CellValue[]
    lines.push({ line, cells: BASE_HEADER.map((_, index) => cellText(values[index + 1]).trim()) })
  })
  if (lines[0]?.cells.join(',') !== BASE_HEADER.join(','))
    throw new AppError('DUES_IMPORT_INVALID', `表头应为：${BASE_HEADER.join('、')}（第 1 行）`)
  const data = lines.slice(1).filter((row) => row.cells.some(Boolean))
  if (!data.length) throw new AppError('DUES_IMPORT_INVALID', '文件中没有基数数据')
  if (data.length > MAX_ROWS) throw new AppError('DUES_IMPORT_INVALID', `一次最多导入 ${MAX_ROWS} 行`)
  return data
}
