import {
  DUES_BASE_MAX_YUAN,
  DUES_CATEGORIES,
  DUES_CATEGORY_LABELS,
  type DuesCategory,
} from '../../common/contract/duesLabels'
import { isPeriodKey } from '../../common/periods'
import type { MemberDoc } from '../../common/db/models/members'
import type { SheetLine } from './readSheet'

export interface BaseLine {
  line: number
  member: MemberDoc
  category: DuesCategory
  fromMonth: string
  payFen: number
  insuranceFen: number
}

export interface LineError {
  row: number
  message: string
}

const CATEGORY_BY_LABEL = new Map<string, DuesCategory>(
  DUES_CATEGORIES.flatMap((category) => [
    [DUES_CATEGORY_LABELS[category], category],
    [DUES_CATEGORY_LABELS[category].replace(/党员$/, ''), category],
  ]),
)

/** 「5000」「5,000.5」→ fen; null when it is not an amount with at most two decimals. */
const fenOf = (text: string): number | null => {
  const clean = text.replace(/,/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null
  const [whole, part = ''] = clean.split('.')
  return Number(whole) * 100 + Number(part.padEnd(2, '0'))
}

const payOf = (category: DuesCategory, cells: string[]): { payFen: number; insuranceFen: number } | string => {
  if (category === 'flat') return { payFen: 0, insuranceFen: 0 }
  const payFen = fenOf(cells[4] ?? '')
  if (payFen === null || payFen <= 0 || payFen > DUES_BASE_MAX_YUAN * 100)
    return `月收入应为大于 0、不超过 ${DUES_BASE_MAX_YUAN.toLocaleString('en-US')} 元的金额`
  const insuranceFen = cells[5] ? fenOf(cells[5]) : 0
  if (insuranceFen === null || insuranceFen > payFen) return '五险一金应为不超过月收入的金额'
  return { payFen, insuranceFen }
}

const lineOf = (row: SheetLine, byPhone: Map<string, MemberDoc>): BaseLine | string => {
  const [name, phone, label, fromMonth] = row.cells
  const member = byPhone.get(phone)
  if (!member || member.name !== name) return `未找到姓名为「${name}」、手机号为「${phone}」的党员`
  const category = CATEGORY_BY_LABEL.get(label)
  if (!category) return `党费类别应为：${DUES_CATEGORIES.map((item) => DUES_CATEGORY_LABELS[item]).join('、')}`
  if (!isPeriodKey('month', fromMonth)) return '起始月份格式应为 YYYY-MM'
  const pay = payOf(category, row.cells)
  return typeof pay === 'string' ? pay : { line: row.line, member, category, fromMonth, ...pay }
}

/** Every line checked; one base per member and month. The caller imports only when `errors` is empty. */
export const validateBases = (
  rows: SheetLine[],
  byPhone: Map<string, MemberDoc>,
): { lines: BaseLine[]; errors: LineError[] } => {
  const lines: BaseLine[] = []
  const errors: LineError[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    const result = lineOf(row, byPhone)
    if (typeof result === 'string') errors.push({ row: row.line, message: result })
    else if (seen.has(`${result.member._id}:${result.fromMonth}`))
      errors.push({ row: row.line, message: '同一党员同一起始月份重复' })
    else {
      seen.add(`${result.member._id}:${result.fromMonth}`)
      lines.push(result)
    }
  }
  return { lines, errors }
}
