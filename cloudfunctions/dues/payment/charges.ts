import type { Database } from '../../common/db/database'
import type { DuesPaymentDoc, OrderMonth } from '../../common/db/models/dues'
import type { MemberDoc } from '../../common/db/models/members'
import { AppError } from '../../common/errors'
import { periodKey, shiftPeriod } from '../../common/periods'
import { nextPaymentId } from '../rules/ledger'
import { standingOf } from '../standing'
import { loadDuesData } from '../store'

/** Months ahead a member may pay in advance (this month and the next 11). */
const AHEAD = 11

const REFUSAL = {
  paid: 'DUES_MONTH_PAID',
  exempt: 'DUES_MONTH_NOT_DUE',
  before_join: 'DUES_MONTH_NOT_DUE',
  no_base: 'DUES_NO_BASE',
} as const

export interface Charges {
  months: OrderMonth[]
  totalFen: number
  /** The member's payment records (the next payment ids derive from them). */
  records: DuesPaymentDoc[]
}

/**
 * What paying these months costs, each under its own base and rules. Every
 * month must be owed and unpaid, and not beyond the advance window.
 */
export const chargesFor = async (db: Database, member: MemberDoc, months: string[], now: Date): Promise<Charges> => {
  const current = periodKey('month', now)
  const unique = [...new Set(months)].sort()
  if (unique.some((month) => month > shiftPeriod('month', current, AHEAD))) throw new AppError('DUES_MONTH_FUTURE')
  const data = await loadDuesData(db, [member._id])
  const standing = standingOf(member, data, current)
  const charged = unique.map((month) => {
    const view = standing.view(month)
    if (view.state !== 'due') throw new AppError(REFUSAL[view.state], `${view.label}：${errorWords(view.state)}`)
    return { month, amountFen: view.amountFen, category: view.category, baseFen: view.baseFen, rateBp: view.rateBp }
  })
  return { months: charged, totalFen: charged.reduce((sum, item) => sum + item.amountFen, 0), records: data.payments }
}

const errorWords = (state: keyof typeof REFUSAL): string =>
  ({
    paid: '党费已缴纳，请勿重复缴纳',
    exempt: '已批准免缴，无需缴纳',
    before_join: '尚未入党，无需缴纳',
    no_base: '党费基数尚未确认，请先申报基数并由支部书记确认',
  })[state]

/** The payment records of the charged months, each under the `_id` that makes a second payment of the month collide. */
export const paymentDocs = (
  member: MemberDoc,
  charges: Charges,
  fields: Pick<
    DuesPaymentDoc,
    'method' | 'onBehalf' | 'note' | 'paidAt' | 'recordedBy' | 'recordedByName' | 'orderNo' | 'requestKey' | 'createdAt'
  >,
): DuesPaymentDoc[] =>
  charges.months.map((item) => ({
    _id: nextPaymentId(charges.records, member._id, item.month),
    kind: 'payment',
    memberId: member._id,
    memberName: member.name,
    branchId: member.branchId,
    ...item,
    ...fields,
    reversalOf: null,
  }))
