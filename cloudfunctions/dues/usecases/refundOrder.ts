import type { ConflictOrderView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { duesRefundId, type DuesOrderDoc, type DuesRefundDoc } from '../../common/db/models/dues'
import { placeOf } from '../../common/db/units'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { assertManagesOrAdministers, missing } from '../../common/rules/access'
import { refundWxOrder } from '../payment/provider'
import { conflictView } from '../payment/refunds'

const findOrder = async (db: Database, orderNo: string): Promise<DuesOrderDoc | undefined> =>
  (await db.collection<DuesOrderDoc>(collections.duesOrders.name).where({ _id: orderNo }).limit(1).get()).data[0]

const findRefund = async (db: Database, orderNo: string): Promise<DuesRefundDoc | undefined> =>
  (
    await db
      .collection<DuesRefundDoc>(collections.duesRefunds.name)
      .where({ _id: duesRefundId(orderNo) })
      .limit(1)
      .get()
  ).data[0]

/** Writes the refund record once; a second (or concurrent) request keeps the first one and its reason. */
const recordOnce = async (db: Database, refund: DuesRefundDoc): Promise<DuesRefundDoc> => {
  try {
    await db.collection(collections.duesRefunds.name).add({ data: refund })
    return refund
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    return (await findRefund(db, refund.orderNo)) ?? refund
  }
}

/**
 * The branch's secretary (or the admin above it) refunds a conflicted order
 * with a reason: an append-only refund record (`refund:<orderNo>`, once),
 * WeChat Pay's refund under that same number (which WeChat pays out once),
 * then the order is marked refunded. Asking again answers the refund made;
 * after a failed WeChat call, asking again completes it.
 */
export const refundOrder = async (
  { db, caller, now }: Context,
  { orderNo, reason }: ParsedInputOf<typeof duesContract.refundOrder>,
): Promise<ConflictOrderView> => {
  const order = await findOrder(db, orderNo)
  if (!order) throw missing('entry')
  assertManagesOrAdministers(caller.member, 'entry', await placeOf(db, caller.member, order.branchId))
  if (order.status === 'refunded') return conflictView(order, await findRefund(db, orderNo))
  if (order.status !== 'conflict') throw new AppError('DUES_NOT_REFUNDABLE')
  const refund = await recordOnce(db, {
    _id: duesRefundId(orderNo),
    orderNo,
    memberId: order.memberId,
    memberName: order.memberName,
    branchId: order.branchId,
    months: order.months.map((item) => item.month),
    amountFen: order.totalFen,
    reason,
    refundedBy: caller.member._id,
    refundedByName: caller.member.name,
    createdAt: now,
  })
  await refundWxOrder({ orderNo, refundNo: refund._id, totalFen: order.totalFen, reason: refund.reason })
  const refunded = { status: 'refunded' as const, refundedAt: now }
  await db.collection(collections.duesOrders.name).doc(orderNo).update({ data: refunded })
  return conflictView({ ...order, ...refunded }, refund)
}
