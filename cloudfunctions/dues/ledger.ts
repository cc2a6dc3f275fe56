import type ExcelJS from 'exceljs'
import type { DuesMonthView } from '../common/contract/dues'
import {
  DUES_CATEGORY_LABELS,
  DUES_METHOD_LABELS,
  DUES_STATE_LABELS,
  ratePercent,
  yuan,
} from '../common/contract/duesLabels'
import type { Database } from '../common/db/database'
import { listBranchMembers } from '../common/db/members'
import type { DuesPaymentDoc } from '../common/db/models/dues'
import type { BranchUnitDoc } from '../common/db/models/units'
import { periodKey, shiftPeriod } from '../common/periods'
import { inZone } from '../common/time'
import { writeFacts, writeTable } from '../common/xlsx'
import { livePayments } from './rules/ledger'
import { standingOf } from './standing'
import { loadDuesData } from './store'

/** One line of the 党费收缴台账: a member's month. */
interface LedgerLine {
  name: string
  view: DuesMonthView
  payment: DuesPaymentDoc | undefined
}

/** The lines of a branch's months (one month or the twelve of a year), member by member, from one load. */
export const ledgerLines = async (db: Database, branch: BranchUnitDoc, months: string[], now: Date) => {
  const members = await listBranchMembers(db, branch._id)
  const current = periodKey('month', now)
  const data = await loadDuesData(
    db,
    members.map((member) => member._id),
    shiftPeriod('month', months[0] < current ? months[0] : current, -24),
  )
  const live = livePayments(data.payments)
  return months.flatMap((month) =>
    members.map((member): LedgerLine => ({
      name: member.name,
      view: standingOf(member, data, current).view(month),
      payment: live.get(`${member._id}:${month}`),
    })),
  )
}

const amount = (fen: number | null) => (fen === null ? '' : yuan(fen))

const rateText = (view: DuesMonthView) => {
  if (view.rateBp !== null) return ratePercent(view.rateBp)
  return view.category === 'flat' ? '定额' : ''
}

const owedText = (view: DuesMonthView) =>
  view.state === 'before_join' || view.state === 'no_base' ? '' : yuan(view.amountFen)

const paymentCells = (payment: DuesPaymentDoc | undefined) =>
  payment
    ? [
        inZone(payment.paidAt).format('YYYY-MM-DD'),
        `${DUES_METHOD_LABELS[payment.method]}${payment.onBehalf ? '（代缴）' : ''}`,
        payment.recordedByName,
        payment.note,
      ]
    : ['', '', '', '']

/** The columns a 台账 has: name, category, base, rate, amount, paid on, how, recorded by. */
export const writeLedger = (sheet: ExcelJS.Worksheet, facts: [string, string][], lines: LedgerLine[]) =>
  writeTable(sheet, writeFacts(sheet, facts, { labelWidth: 10 }), {
    headers: [
      '月份',
      '姓名',
      '党费类别',
      '缴费基数（元）',
      '比例',
      '应缴金额（元）',
      '状态',
      '缴纳日期',
      '缴纳方式',
      '登记人',
      '备注',
    ],
    widths: [10, 12, 20, 14, 8, 14, 10, 14, 10, 12, 30],
    rows: lines.map(({ name, view, payment }) => [
      view.month,
      name,
      view.category ? DUES_CATEGORY_LABELS[view.category] : '',
      amount(view.baseFen),
      rateText(view),
      owedText(view),
      DUES_STATE_LABELS[view.state],
      ...paymentCells(payment),
    ]),
  })
