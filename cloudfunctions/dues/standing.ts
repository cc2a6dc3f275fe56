import type { DuesMonthView } from '../common/contract/dues'
import type { MemberDoc } from '../common/db/models/members'
import { arrearsRun, monthsFromTo, shiftMonth } from './rules/arrears'
import { livePayments } from './rules/ledger'
import { obligationFor } from './rules/obligation'
import type { DuesData } from './store'
import { termsOf } from './store'
import { monthView } from './views'

/** How far back unpaid months are listed and arrears counted. */
export const LOOKBACK_MONTHS = 24

export interface Standing {
  /** A month's view (any month). */
  view(month: string): DuesMonthView
  /** Owed and unpaid months of the lookback up to `currentMonth`, oldest first. */
  unpaid: DuesMonthView[]
  /** Finished months unpaid in a row. */
  arrearsMonths: number
}

/** A member's dues standing from their terms and payment records (pure: the data is loaded by the caller). */
export const standingOf = (member: MemberDoc, data: DuesData, currentMonth: string): Standing => {
  const terms = termsOf(member, data)
  const live = livePayments(data.payments.filter((payment) => payment.memberId === member._id))
  const view = (month: string) => monthView(obligationFor(month, terms), live.get(`${member._id}:${month}`))
  const window = monthsFromTo(shiftMonth(currentMonth, -LOOKBACK_MONTHS), currentMonth)
  return {
    view,
    unpaid: window.map(view).filter((item) => item.state === 'due'),
    arrearsMonths: arrearsRun((month) => view(month).state, currentMonth, LOOKBACK_MONTHS),
  }
}
