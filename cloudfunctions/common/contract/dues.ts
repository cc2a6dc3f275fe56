import { z } from 'zod'
import { action } from './define'
import { emptyPayload, id, integer, list, optionalText, payload, text } from '../validation'
import type { Instant } from './common'
import type { DuesCategory, DuesMethod, DuesMonthState, ReliefKind, ReliefStatus } from './duesLabels'
import { DUES_BASE_MAX_YUAN } from './duesLabels'

export type * from './duesLabels'

/**
 * 党费 (issue 17): bases, monthly amounts under 中组发〔2008〕3号, payments
 * (WeChat Pay, cash, transfer, 代缴), reversals, reliefs, arrears and the
 * 党费收缴台账. Amounts travel in fen, months as `YYYY-MM`.
 */

const month = (label = '月份') =>
  z
    .string({ required_error: `请选择${label}`, invalid_type_error: `${label}格式不正确` })
    .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, `${label}格式应为 YYYY-MM`)

const category = z.enum(['employed', 'annual', 'retired', 'flat'], {
  errorMap: () => ({ message: '党费类别不正确' }),
})

/** A declared pay: more than 0, at most 1,000,000 元, in fen. */
const payFen = integer('月收入（分）', 1, DUES_BASE_MAX_YUAN * 100)
const insuranceFen = integer('五险一金（分）', 0, DUES_BASE_MAX_YUAN * 100)
const requestId = id('请求编号').optional()
const note = optionalText('备注', 200)
const day = z
  .string({ required_error: '请选择缴纳日期', invalid_type_error: '缴纳日期格式不正确' })
  .regex(/^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '缴纳日期格式应为 YYYY-MM-DD')

const bracket = z
  .object({
    upToFen: integer('档位上限（分）', 1, DUES_BASE_MAX_YUAN * 100).nullable(),
    rateBp: integer('比例', 1, 1000),
  })
  .strict()

export interface DuesMonthView {
  month: string
  /** 2026年11月 */
  label: string
  state: DuesMonthState
  amountFen: number
  category: DuesCategory | null
  baseFen: number | null
  rateBp: number | null
  reduced: boolean
  paymentId: string | null
  paidAt: Instant | null
  method: DuesMethod | null
}

export interface DuesPaymentView {
  id: string
  kind: 'payment' | 'reversal'
  month: string
  amountFen: number
  method: DuesMethod
  onBehalf: boolean
  note: string
  paidAt: Instant
  recordedByName: string
  orderNo: string | null
  reversalOf: string | null
}

export interface DuesBaseView {
  id: string
  memberId: string
  memberName: string
  category: DuesCategory
  fromMonth: string
  payFen: number
  insuranceFen: number
  status: 'declared' | 'confirmed' | 'returned'
  declaredAt: Instant
  confirmedAt: Instant | null
  /** Why the secretary sent it back (status `returned`). */
  returnReason: string | null
}

export interface MyDues {
  memberId: string
  name: string
  current: DuesMonthView
  /** Owed and unpaid, oldest first (the current month included while unpaid). */
  unpaid: DuesMonthView[]
  /** The base in force, and the newest declaration when it waits for confirmation or was sent back. */
  base: DuesBaseView | null
  pendingBase: DuesBaseView | null
  history: DuesPaymentView[]
  arrearsMonths: number
}

/** What the client needs for `Taro.requestPayment`; null on the local host (the simulated payment page instead). */
export interface WxPayment {
  timeStamp: string
  nonceStr: string
  package: string
  signType: string
  paySign: string
}

export interface DuesOrderView {
  orderNo: string
  memberId: string
  months: string[]
  totalFen: number
  status: 'pending' | 'paid' | 'conflict' | 'refunded'
  payment: WxPayment | null
}

/** A WeChat order whose month was meanwhile paid otherwise: the money to return, and the refund once made. */
export interface ConflictOrderView extends DuesOrderView {
  memberName: string
  paidAt: Instant | null
  refund: { reason: string; byName: string; at: Instant } | null
}

export interface SheetRow {
  memberId: string
  name: string
  month: DuesMonthView
  arrearsMonths: number
  pendingBase: boolean
}

export interface BranchSheet {
  branchId: string
  branchName: string
  month: string
  label: string
  rows: SheetRow[]
  totals: { members: number; dueCount: number; dueFen: number; paidCount: number; paidFen: number; exemptCount: number }
}

export interface ReliefView {
  id: string
  memberId: string
  memberName: string
  branchId: string
  kind: ReliefKind
  amountFen: number
  fromMonth: string
  toMonth: string
  reason: string
  status: ReliefStatus
  proposedAt: Instant
  decisionNote: string
}

export interface DuesRulesView {
  fromMonth: string
  employed: { upToFen: number | null; rateBp: number }[]
  retired: { upToFen: number | null; rateBp: number }[]
  flatFen: number
  deductInsurance: boolean
}

export interface DuesRulesState {
  current: DuesRulesView
  versions: DuesRulesView[]
}

export interface DuesBranchFigures {
  branchId: string
  branchName: string
  month: string
  members: number
  dueCount: number
  dueFen: number
  paidCount: number
  paidFen: number
  /** paid ÷ due members; null when nobody owed anything. */
  rate: number | null
  unpaidNames: string[]
  flaggedNames: string[]
  compiledAt: Instant
}

export interface BaseImportResult {
  imported: number
  errors: { row: number; message: string }[]
}

export interface DuesExport {
  fileID: string
  fileName: string
}

const months = list('缴费月份', month('缴费月份'), 12).min(1, '请选择缴费月份')

export const duesContract = {
  myDues: action<MyDues>()(emptyPayload()),
  declareBase: action<DuesBaseView>()(
    payload({
      memberId: id('党员').optional(),
      category,
      fromMonth: month('起始月份'),
      payFen: payFen.optional(),
      insuranceFen: insuranceFen.optional(),
    }),
  ),
  pendingBases: action<DuesBaseView[]>()(payload({ branchId: id('支部') })),
  confirmBase: action<DuesBaseView>()(payload({ baseId: id('基数记录') })),
  returnBase: action<DuesBaseView>()(payload({ baseId: id('基数记录'), reason: text('退回原因', { max: 200 }) })),
  importBases: action<BaseImportResult>()(payload({ fileID: text('文件', { max: 300 }) })),
  payDues: action<DuesOrderView>()(payload({ memberId: id('党员').optional(), months, note, requestId })),
  orderStatus: action<DuesOrderView>()(payload({ orderNo: id('订单号') })),
  conflictOrders: action<ConflictOrderView[]>()(payload({ branchId: id('支部') })),
  refundOrder: action<ConflictOrderView>()(payload({ orderNo: id('订单号'), reason: text('退款原因', { max: 200 }) })),
  recordPayment: action<DuesPaymentView[]>()(
    payload({
      memberId: id('党员'),
      months,
      method: z.enum(['cash', 'transfer'], { errorMap: () => ({ message: '缴纳方式应为现金或转账' }) }),
      paidOn: day,
      onBehalf: z.boolean({ invalid_type_error: '代缴标记格式不正确' }).optional(),
      note,
      requestId,
    }),
  ),
  reversePayment: action<DuesPaymentView>()(
    payload({ paymentId: id('缴费记录'), reason: text('冲正原因', { max: 200 }) }),
  ),
  branchSheet: action<BranchSheet>()(payload({ branchId: id('支部'), month: month() })),
  proposeRelief: action<ReliefView>()(
    payload({
      memberId: id('党员'),
      kind: z.enum(['exempt', 'reduce'], { errorMap: () => ({ message: '请选择免缴或减缴' }) }),
      amountFen: integer('减缴后金额（分）', 1, DUES_BASE_MAX_YUAN * 100).optional(),
      fromMonth: month('起始月份'),
      toMonth: month('结束月份'),
      reason: text('原因', { max: 300 }),
      requestId,
    }),
  ),
  listReliefs: action<ReliefView[]>()(
    payload({ status: z.enum(['proposed', 'approved', 'rejected']).optional(), branchId: id('支部').optional() }),
  ),
  decideRelief: action<ReliefView>()(
    payload({ reliefId: id('申请'), approve: z.boolean({ required_error: '请选择是否批准' }), note }),
  ),
  getDuesRules: action<DuesRulesState>()(emptyPayload()),
  setDuesRules: action<DuesRulesView>()(
    payload({
      fromMonth: month('生效月份'),
      employed: list('在职党员比例档', bracket, 8).min(1),
      retired: list('离退休党员比例档', bracket, 8).min(1),
      flatFen: integer('固定金额（分）', 1, 10_000),
      deductInsurance: z.boolean({ required_error: '请选择是否扣除五险一金' }),
    }),
  ),
  duesOverview: action<DuesBranchFigures[]>()(payload({ month: month() })),
  compileDuesMonth: action<DuesBranchFigures[]>()(payload({ month: month() })),
  exportDuesLedger: action<DuesExport>()(
    payload({
      branchId: id('支部'),
      period: z
        .string({ required_error: '请选择月份或年度' })
        .regex(/^20\d{2}(-(0[1-9]|1[0-2]))?$/, '台账周期应为 YYYY-MM 或 YYYY'),
    }),
  ),
}

export const duesErrors = {
  DUES_BASE_INVALID: '请填写大于 0、不超过 1,000,000 元的月收入',
  DUES_BASE_CONFIRMED: '该月起的基数已确认，如需调整请从下个月起重新申报',
  DUES_BASE_MONTH_PAID: '该月党费已缴纳，新的基数只能从未缴的月份起适用',
  DUES_NO_BASE: '党费基数尚未确认，请先申报基数并由支部书记确认',
  DUES_MONTH_PAID: '所选月份的党费已缴纳，请勿重复缴纳',
  DUES_MONTH_NOT_DUE: '所选月份无需缴纳党费',
  DUES_MONTH_FUTURE: '最多只能预缴 12 个月内的党费',
  DUES_NOTE_REQUIRED: '代缴请填写备注（由谁、为何代缴）',
  DUES_ORDER_UNKNOWN: '支付订单不存在',
  DUES_AMOUNT_MISMATCH: '支付金额与订单不符',
  DUES_PAYMENT_UNVERIFIED: '未能确认该笔支付，请稍后在缴费记录中查看',
  DUES_PAY_UNAVAILABLE: '微信支付暂不可用，请稍后再试或向支部书记现金缴纳',
  DUES_ALREADY_REVERSED: '该缴费记录已冲正',
  DUES_NOT_REFUNDABLE: '只有与其他方式缴纳冲突的微信支付订单需要退款',
  DUES_REFUND_UNAVAILABLE: '微信退款暂未成功，请稍后再试',
  DUES_RELIEF_PERIOD: '结束月份不能早于起始月份，且减免期限不超过 12 个月',
  DUES_RELIEF_DECIDED: '该申请已处理',
  DUES_RULES_PAST: '规则调整只能从下个月或以后生效，已过去和本月的应缴金额不变',
  DUES_RULES_INVALID: '比例档设置不正确',
  DUES_PERIOD_INVALID: '月份不存在或尚未开始',
  DUES_IMPORT_INVALID: '导入文件有误，未导入任何数据',
} as const
