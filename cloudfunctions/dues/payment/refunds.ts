import type { ConflictOrderView } from '../../common/contract/dues'
import type { DuesOrderDoc, DuesRefundDoc } from '../../common/db/models/dues'
import { orderView } from './orders'

/** A conflicted (or refunded) order as the secretary's list shows it. */
export const conflictView = (order: DuesOrderDoc, refund: DuesRefundDoc | undefined): ConflictOrderView => ({
  ...orderView(order, null),
  memberName: order.memberName,
  paidAt: order.paidAt?.toISOString() ?? null,
  refund: refund ? { reason: refund.reason, byName: refund.refundedByName, at: refund.createdAt.toISOString() } : null,
})
