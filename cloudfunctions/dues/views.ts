import type { DuesBaseView, DuesMonthView, DuesPaymentView, ReliefView } from '../common/contract/dues'
import type { DuesBaseDoc, DuesPaymentDoc, DuesReliefDoc } from '../common/db/models/dues'
import { periodLabel } from '../common/periods'
import type { Obligation } from './rules/obligation'

/** Result shapes of the dues actions. */

/** 2026年11月, remembered (dayjs formats slowly and a sheet labels thousands of months). */
const labels = new Map<string, string>()
const monthLabel = (month: string): string => {
  let label = labels.get(month)
  if (label === undefined) {
    label = periodLabel('month', month)
    labels.set(month, label)
  }
  return label
}

const owedView = (obligation: Obligation): DuesMonthView => ({
  month: obligation.month,
  label: monthLabel(obligation.month),
  state: obligation.state,
  amountFen: obligation.amountFen,
  category: obligation.category,
  baseFen: obligation.baseFen,
  rateBp: obligation.rateBp,
  reduced: obligation.reliefId !== null && obligation.state === 'due',
  paymentId: null,
  paidAt: null,
  method: null,
})

/** A month as the member and the sheet show it: paid (with what was paid) or what is owed. */
export const monthView = (obligation: Obligation, payment: DuesPaymentDoc | undefined): DuesMonthView =>
  payment
    ? {
        ...owedView(obligation),
        state: 'paid',
        amountFen: payment.amountFen,
        category: payment.category,
        baseFen: payment.baseFen,
        rateBp: payment.rateBp,
        reduced: false,
        paymentId: payment._id,
        paidAt: payment.paidAt.toISOString(),
        method: payment.method,
      }
    : owedView(obligation)

export const paymentView = (doc: DuesPaymentDoc): DuesPaymentView => ({
  id: doc._id,
  kind: doc.kind,
  month: doc.month,
  amountFen: doc.amountFen,
  method: doc.method,
  onBehalf: doc.onBehalf,
  note: doc.note,
  paidAt: doc.paidAt.toISOString(),
  recordedByName: doc.recordedByName,
  orderNo: doc.orderNo,
  reversalOf: doc.reversalOf,
})

export const baseView = (doc: DuesBaseDoc, memberName: string): DuesBaseView => ({
  id: doc._id,
  memberId: doc.memberId,
  memberName,
  category: doc.category,
  fromMonth: doc.fromMonth,
  payFen: doc.payFen,
  insuranceFen: doc.insuranceFen,
  status: doc.status,
  declaredAt: doc.declaredAt.toISOString(),
  confirmedAt: doc.confirmedAt?.toISOString() ?? null,
  returnReason: doc.returnReason ?? null,
})

export const reliefView = (doc: DuesReliefDoc, memberName: string): ReliefView => ({
  id: doc._id,
  memberId: doc.memberId,
  memberName,
  branchId: doc.branchId,
  kind: doc.kind,
  amountFen: doc.amountFen,
  fromMonth: doc.fromMonth,
  toMonth: doc.toMonth,
  reason: doc.reason,
  status: doc.status,
  proposedAt: doc.proposedAt.toISOString(),
  decisionNote: doc.decisionNote,
})
