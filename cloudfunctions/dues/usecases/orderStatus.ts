import type { DuesOrderView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import type { DuesOrderDoc } from '../../common/db/models/dues'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { orderView } from '../payment/orders'

/** The payer's order, to follow it after `requestPayment` until the payment result has been recorded. */
export const orderStatus = async (
  { db, caller }: Context,
  { orderNo }: ParsedInputOf<typeof duesContract.orderStatus>,
): Promise<DuesOrderView> => {
  const { data } = await db.collection<DuesOrderDoc>(collections.duesOrders.name).where({ _id: orderNo }).limit(1).get()
  const order = data[0]
  if (!order || order.payerId !== caller.member._id) throw new AppError('NOT_FOUND', '支付订单不存在')
  return orderView(order, null)
}
