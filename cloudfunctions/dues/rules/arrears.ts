import { shiftPeriod } from '../../common/periods'
import type { ObligationState } from './obligation'

/**
 * `shiftPeriod` for months, remembered: dayjs's time-zone arithmetic costs a
 * fraction of a millisecond, and a branch sheet shifts months thousands of times.
 */
const shifted = new Map<string, string>()
export const shiftMonth = (month: string, offset: number): string => {
  const key = `${month}${offset}`
  let value = shifted.get(key)
  if (value === undefined) {
    value = shiftPeriod('month', month, offset)
    shifted.set(key, value)
  }
  return value
}

/** A month as the arrears rule reads it: owed and unpaid, paid, or not owed (exempt, before 入党, no base). */
export type MonthStatus = ObligationState | 'paid'

/**
 * Months unpaid in a row up to the last finished month (the current month is
 * not overdue yet). A paid month ends the run; so does a month not owed —
 * an approved exemption is a reason, and a month without a confirmed base is
 * the branch's to settle first.
 */
export const arrearsRun = (statusOf: (month: string) => MonthStatus, currentMonth: string, horizon = 24): number => {
  let run = 0
  for (let back = 1; back <= horizon; back += 1) {
    if (statusOf(shiftMonth(currentMonth, -back)) !== 'due') break
    run += 1
  }
  return run
}

/** The months from `from` to `to`, both included, oldest first. */
export const monthsFromTo = (from: string, to: string): string[] => {
  const months: string[] = []
  for (let month = from; month <= to; month = shiftMonth(month, 1)) months.push(month)
  return months
}
