import type { DuesOrderView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import type { DuesOrderDoc } from '../../common/db/models/dues'
import { oncePerRequest } from '../../common/db/requests'
import type { Context } from '../../common/handler'
import { chargesFor } from '../payment/charges'
import { ORDER_DIGITS, ORDER_PREFIX, orderBody, orderView } from '../payment/orders'
import { openWxOrder } from '../payment/provider'
import { paymentSubject } from '../payment/subject'

/**
 * Pays one or several months by WeChat Pay: an order for exactly the owed
 * amounts, then WeChat's prepay answer for `Taro.requestPayment`. The months
 * count as paid only when the verified payment result arrives
 * (`settleOrder`). A retried request answers the same order.
 */
export const payDues = async (
  { db, caller, now }: Context,
  input: ParsedInputOf<typeof duesContract.payDues>,
): Promise<DuesOrderView> => {
  const payer = caller.member
  const { member, onBehalf } = await paymentSubject(db, payer, input.memberId, input.note)
  const order = await oncePerRequest<DuesOrderDoc>(
    db,
    {
      collection: collections.duesOrders.name,
      prefix: ORDER_PREFIX,
      hexDigits: ORDER_DIGITS,
      ownerId: payer._id,
      requestId: input.requestId,
      isOwners: (doc) => doc.payerId === payer._id,
    },
    async (id) => {
      const charges = await chargesFor(db, member, input.months, now)
      const doc: DuesOrderDoc = {
        _id: id,
        memberId: member._id,
        memberName: member.name,
        branchId: member.branchId,
        payerId: payer._id,
        payerName: payer.name,
        months: charges.months,
        totalFen: charges.totalFen,
        onBehalf,
        note: input.note ?? '',
        status: 'pending',
        transactionId: null,
        createdAt: now,
        paidAt: null,
      }
      await db.collection(collections.duesOrders.name).add({ data: doc })
      return doc
    },
  )
  if (order.status !== 'pending') return orderView(order, null)
  const payment = await openWxOrder({ orderNo: order._id, totalFen: order.totalFen, body: orderBody(order) })
  return orderView(order, payment)
}
