import type { DuesBranchFigures } from '../../contract/dues'
import type { DuesCategory, DuesMethod, ReliefKind, ReliefStatus } from '../../contract/duesLabels'

/** Dues documents (issue 17). Amounts are fen, months `YYYY-MM` of Asia/Shanghai. */

/** `_id` `rules:<fromMonth>`: one version of the organisation's dues rules, in force from its month on; never edited. */
export interface DuesRulesDoc {
  _id: string
  fromMonth: string
  employed: { upToFen: number | null; rateBp: number }[]
  retired: { upToFen: number | null; rateBp: number }[]
  flatFen: number
  deductInsurance: boolean
  createdBy: string
  createdAt: Date
}

export const duesRulesId = (fromMonth: string) => `rules:${fromMonth}`

/** `_id` `<memberId>:<fromMonth>`: a member's category and pay from a month on; declared, then confirmed by the secretary. */
export interface DuesBaseDoc {
  _id: string
  memberId: string
  branchId: string
  category: DuesCategory
  fromMonth: string
  /** Declared pay after personal income tax (employed), pay received (年薪制) or pension (retired); 0 for flat. */
  payFen: number
  /** Personal 五险一金, deducted when the rules say so. */
  insuranceFen: number
  /** Declared by the member, confirmed by the secretary, or returned to the member with a reason to declare again. */
  status: 'declared' | 'confirmed' | 'returned'
  declaredBy: string
  declaredAt: Date
  confirmedBy: string | null
  confirmedAt: Date | null
  returnReason?: string
  returnedBy?: string
  returnedAt?: Date
}

export const duesBaseId = (memberId: string, fromMonth: string) => `${memberId}:${fromMonth}`

/** A hardship exemption or reduction: the branch proposes, the organisation (admin) decides. */
export interface DuesReliefDoc {
  _id: string
  memberId: string
  branchId: string
  kind: ReliefKind
  amountFen: number
  fromMonth: string
  toMonth: string
  reason: string
  status: ReliefStatus
  proposedBy: string
  proposedAt: Date
  decidedBy: string | null
  decidedAt: Date | null
  decisionNote: string
}

/**
 * The append-only payment ledger. A payment's `_id` is `pay:<memberId>:<month>:<n>` (n = reversals of that
 * month before it), a reversal's `rev:<paymentId>`: a month is paid once, a payment reversed once.
 */
export interface DuesPaymentDoc {
  _id: string
  kind: 'payment' | 'reversal'
  memberId: string
  memberName: string
  branchId: string
  month: string
  amountFen: number
  category: DuesCategory | null
  baseFen: number | null
  rateBp: number | null
  method: DuesMethod
  /** 代缴: paid by someone else for the member. */
  onBehalf: boolean
  note: string
  paidAt: Date
  /** Who recorded it: the member (WeChat Pay), or the secretary (cash, transfer, 代缴). */
  recordedBy: string
  recordedByName: string
  orderNo: string | null
  reversalOf: string | null
  /** The idempotency key of the request that made it (a repeated request answers this record). */
  requestKey: string
  createdAt: Date
}

export interface OrderMonth {
  month: string
  amountFen: number
  category: DuesCategory | null
  baseFen: number | null
  rateBp: number | null
}

/** `_id` = the WeChat Pay out_trade_no. `paid` once the verified callback recorded its payments; never paid twice. */
export interface DuesOrderDoc {
  _id: string
  memberId: string
  memberName: string
  branchId: string
  payerId: string
  payerName: string
  months: OrderMonth[]
  totalFen: number
  onBehalf: boolean
  note: string
  /** `conflict`: paid by WeChat while a month was paid otherwise (to refund); `refunded` once refunded. */
  status: 'pending' | 'paid' | 'conflict' | 'refunded'
  transactionId: string | null
  createdAt: Date
  paidAt: Date | null
  refundedAt?: Date
}

/**
 * `_id` `refund:<orderNo>` (also the WeChat out_refund_no): the append-only record of refunding a conflicted
 * order, with the reason; written once however often the refund is asked for.
 */
export interface DuesRefundDoc {
  _id: string
  orderNo: string
  memberId: string
  memberName: string
  branchId: string
  months: string[]
  amountFen: number
  reason: string
  refundedBy: string
  refundedByName: string
  createdAt: Date
}

export const duesRefundId = (orderNo: string) => `refund:${orderNo}`

/**
 * `_id` `<branchId>:<month>`: one branch-month's compiled collection figures (the unit roll-up sums these):
 * the contract's figures as stored (the rate is derived when read), plus the exempt and no-base counts.
 */
export interface DuesBranchMonthDoc extends Omit<DuesBranchFigures, 'rate' | 'compiledAt'> {
  _id: string
  exemptCount: number
  noBaseCount: number
  compiledAt: Date
}

export const duesBranchMonthId = (branchId: string, month: string) => `${branchId}:${month}`

/** `_id` `<memberId>:<level>:<month>`: an arrears notice (3: reminder, 6: flag), sent once per run and month. */
export interface DuesArrearsDoc {
  _id: string
  memberId: string
  branchId: string
  level: 3 | 6
  month: string
  months: number
  at: Date
}
