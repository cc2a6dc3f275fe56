import type { DuesOrderView } from '../../common/contract/dues'
import { collections } from '../../common/db/collections'
import type { Database, Transaction } from '../../common/db/database'
import type { DuesOrderDoc, DuesPaymentDoc } from '../../common/db/models/dues'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import { nextPaymentId } from '../rules/ledger'
import { paymentsOf } from '../store'
import { orderView } from './orders'
import { wxOrderPaid } from './provider'

/** The fields of WeChat Pay's payment result the settlement reads (WeChat sends more). */
export interface PaymentResult {
  returnCode: string
  resultCode: string
  outTradeNo: string
  totalFee: number
  /** Absent from a failed payment's result. */
  transactionId?: string | null
}

const findOrder = async (db: Database, orderNo: string): Promise<DuesOrderDoc> => {
  const { data } = await db.collection<DuesOrderDoc>(collections.duesOrders.name).where({ _id: orderNo }).limit(1).get()
  if (!data[0]) throw new AppError('DUES_ORDER_UNKNOWN')
  return data[0]
}

const paymentsOfOrder = (order: DuesOrderDoc, records: DuesPaymentDoc[], now: Date): DuesPaymentDoc[] =>
  order.months.map((item) => ({
    _id: nextPaymentId(records, order.memberId, item.month),
    kind: 'payment',
    memberId: order.memberId,
    memberName: order.memberName,
    branchId: order.branchId,
    ...item,
    method: 'wechat',
    onBehalf: order.onBehalf,
    note: order.note,
    paidAt: now,
    recordedBy: order.payerId,
    recordedByName: order.payerName,
    orderNo: order._id,
    reversalOf: null,
    requestKey: `order:${order._id}`,
    createdAt: now,
  }))

/** One transaction: the order's payments and its `paid` mark, or nothing when another settlement came first. */
const settleInTransaction = (
  tx: Transaction,
  order: DuesOrderDoc,
  payments: DuesPaymentDoc[],
  result: PaymentResult,
  now: Date,
) =>
  tx
    .collection<DuesOrderDoc>(collections.duesOrders.name)
    .doc(order._id)
    .get()
    .then(async ({ data }) => {
      if (data.status !== 'pending') return data
      const paid = { status: 'paid' as const, paidAt: now, transactionId: result.transactionId ?? null }
      await Promise.all([
        ...payments.map((payment) => tx.collection(collections.duesPayments.name).add({ data: payment })),
        tx.collection(collections.duesOrders.name).doc(order._id).update({ data: paid }),
      ])
      return { ...data, ...paid }
    })

/**
 * The payment result callback. Trusts nothing it is sent: the order must
 * exist, the amount match it, WeChat report success, and WeChat Pay's own
 * order query confirm it. Then the order's months are recorded exactly once:
 * a repeated (or concurrent) callback answers the settled order and writes
 * nothing. A month paid meanwhile in cash leaves the order `conflict` (to refund).
 */
export const settleOrder = async (db: Database, result: PaymentResult, now: Date): Promise<DuesOrderView> => {
  const order = await findOrder(db, result.outTradeNo)
  if (order.status !== 'pending') return orderView(order, null)
  if (result.returnCode !== 'SUCCESS' || result.resultCode !== 'SUCCESS') return orderView(order, null)
  if (result.totalFee !== order.totalFen) throw new AppError('DUES_AMOUNT_MISMATCH')
  if (!(await wxOrderPaid(order._id, order.totalFen))) throw new AppError('DUES_PAYMENT_UNVERIFIED')
  const payments = paymentsOfOrder(order, await paymentsOf(db, [order.memberId]), now)
  try {
    return orderView(await db.runTransaction((tx) => settleInTransaction(tx, order, payments, result, now)), null)
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    const conflict = { status: 'conflict' as const, paidAt: now, transactionId: result.transactionId ?? null }
    await db.collection(collections.duesOrders.name).doc(order._id).update({ data: conflict })
    return orderView({ ...order, ...conflict }, null)
  }
}
