import type { ConflictOrderView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import type { DuesOrderDoc, DuesRefundDoc } from '../../common/db/models/dues'
import { placeOf } from '../../common/db/units'
import type { Context } from '../../common/handler'
import { assertManagesOrAdministers } from '../../common/rules/access'
import { conflictView } from '../payment/refunds'

/**
 * The branch's WeChat orders paid for a month that was meanwhile paid
 * otherwise: to refund (conflict), and those refunded with their reason.
 */
export const conflictOrders = async (
  { db, caller }: Context,
  { branchId }: ParsedInputOf<typeof duesContract.conflictOrders>,
): Promise<ConflictOrderView[]> => {
  assertManagesOrAdministers(caller.member, 'member', await placeOf(db, caller.member, branchId))
  const _ = db.command
  const [{ data: orders }, { data: refunds }] = await Promise.all([
    db
      .collection<DuesOrderDoc>(collections.duesOrders.name)
      .where({ branchId, status: _.in(['conflict', 'refunded']) })
      .limit(200)
      .get(),
    db.collection<DuesRefundDoc>(collections.duesRefunds.name).where({ branchId }).limit(200).get(),
  ])
  const byOrder = new Map(refunds.map((refund) => [refund.orderNo, refund]))
  return orders
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((order) => conflictView(order, byOrder.get(order._id)))
}
