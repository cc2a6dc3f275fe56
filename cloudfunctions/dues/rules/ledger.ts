/**
 * Folding the append-only payment records: a payment counts until a reversal
 * names it. One live payment per member-month: its record `_id` carries the
 * number of reversals before it, so a second payment of a paid month lands on
 * the same `_id` and is refused by the database itself.
 */

export interface PaymentRecord {
  _id: string
  kind: 'payment' | 'reversal'
  memberId: string
  month: string
  amountFen: number
  reversalOf: string | null
}

export const paymentId = (memberId: string, month: string, seq: number) => `pay:${memberId}:${month}:${seq}`
export const reversalId = (paymentId: string) => `rev:${paymentId}`

/** The live (not reversed) payment of each `memberId:month`. */
export const livePayments = <T extends PaymentRecord>(records: readonly T[]): Map<string, T> => {
  const reversed = new Set(records.filter((item) => item.kind === 'reversal').map((item) => item.reversalOf))
  const live = new Map<string, T>()
  for (const item of records)
    if (item.kind === 'payment' && !reversed.has(item._id)) live.set(`${item.memberId}:${item.month}`, item)
  return live
}

/** The `_id` the next payment of a member-month takes: one more than its reversals so far. */
export const nextPaymentId = (records: readonly PaymentRecord[], memberId: string, month: string): string => {
  const reversals = records.filter(
    (item) => item.kind === 'reversal' && item.memberId === memberId && item.month === month,
  ).length
  return paymentId(memberId, month, reversals)
}
