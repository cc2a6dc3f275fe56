import type { DuesOrderView } from '../../common/contract/dues'
import type { DuesOrderDoc } from '../../common/db/models/dues'
import type { WxPayment } from '../../common/contract/dues'

export const ORDER_PREFIX = 'D'
/** out_trade_no: at most 32 characters; `D` + 30 hex digits. */
export const ORDER_DIGITS = 30

export const orderView = (order: DuesOrderDoc, payment: WxPayment | null): DuesOrderView => ({
  orderNo: order._id,
  memberId: order.memberId,
  months: order.months.map((item) => item.month),
  totalFen: order.totalFen,
  status: order.status,
  payment,
})

/** What the order pays for, as WeChat Pay shows it (at most 128 bytes). */
export const orderBody = (order: Pick<DuesOrderDoc, 'months'>): string => {
  const months = order.months.map((item) => item.month)
  return months.length === 1 ? `党费 ${months[0]}` : `党费 ${months[0]} 至 ${months[months.length - 1]}`
}
