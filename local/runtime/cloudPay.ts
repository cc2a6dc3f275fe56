import { randomBytes } from 'node:crypto'
import cloud from 'wx-server-sdk'

/**
 * The local stand-in for 云开发 WeChat Pay (`cloud.cloudPay`): unifiedOrder
 * remembers the order (amount, callback function) and answers a prepay
 * package; nothing is paid until the simulated payment page (the local host's
 * `/dev/pay`, or a test) calls `payLocally`, which marks the order paid as
 * WeChat Pay would and builds the payment-result event WeChat sends to the
 * callback function. queryOrder answers from the same record, so the
 * function's verification runs for real.
 */

export interface LocalPayOrder {
  outTradeNo: string
  totalFee: number
  body: string
  functionName: string
  paid: boolean
  transactionId: string | null
  /** Refunds by out_refund_no: each refunds once, as WeChat Pay does. */
  refunds: Map<string, number>
}

const orders = new Map<string, LocalPayOrder>()

export const localPayOrder = (outTradeNo: string): LocalPayOrder | undefined => orders.get(outTradeNo)

/** WeChat Pay's payment result for a paid order, as the callback function receives it. */
export const paymentResultEvent = (order: LocalPayOrder) => ({
  returnCode: 'SUCCESS',
  resultCode: 'SUCCESS',
  outTradeNo: order.outTradeNo,
  totalFee: order.totalFee,
  cashFee: order.totalFee,
  transactionId: order.transactionId,
  timeEnd: new Date().toISOString().replace(/\D/g, '').slice(0, 14),
  tradeType: 'JSAPI',
  subMchId: 'local',
})

/** The payer confirmed on the simulated payment page: the order is paid; answers the callback event (undefined: unknown order). */
export const payLocally = (outTradeNo: string) => {
  const order = orders.get(outTradeNo)
  if (!order) return undefined
  if (!order.paid) Object.assign(order, { paid: true, transactionId: `4200${randomBytes(12).toString('hex')}` })
  return { functionName: order.functionName, event: paymentResultEvent(order) }
}

const unifiedOrder = async (data: { outTradeNo: string; totalFee: number; body: string; functionName: string }) => {
  const known = orders.get(data.outTradeNo)
  if (known && known.totalFee !== data.totalFee)
    return { returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'INVALID_REQUEST', errCodeDes: '订单号重复' }
  if (!known) orders.set(data.outTradeNo, { ...data, paid: false, transactionId: null, refunds: new Map() })
  const nonceStr = randomBytes(8).toString('hex')
  return {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    payment: {
      timeStamp: String(Math.floor(Date.now() / 1000)),
      nonceStr,
      package: `prepay_id=local${data.outTradeNo}`,
      signType: 'MD5',
      paySign: 'local',
    },
  }
}

const queryOrder = async ({ outTradeNo }: { outTradeNo: string }) => {
  const order = orders.get(outTradeNo)
  if (!order) return { returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'ORDERNOTEXIST' }
  return {
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    outTradeNo,
    tradeState: order.paid ? 'SUCCESS' : 'NOTPAY',
    totalFee: order.totalFee,
    transactionId: order.transactionId,
  }
}

/** Refunds a paid order once per out_refund_no, never more than was paid (like WeChat Pay). */
const refund = async ({
  outTradeNo,
  outRefundNo,
  refundFee,
}: {
  outTradeNo: string
  outRefundNo: string
  refundFee: number
}) => {
  const order = orders.get(outTradeNo)
  if (!order?.paid) return { returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'ORDERNOTEXIST' }
  const refunded = [...order.refunds].filter(([no]) => no !== outRefundNo).reduce((sum, [, fee]) => sum + fee, 0)
  if (refunded + refundFee > order.totalFee)
    return { returnCode: 'SUCCESS', resultCode: 'FAIL', errCode: 'NOTENOUGH', errCodeDes: '退款金额大于支付金额' }
  order.refunds.set(outRefundNo, refundFee)
  return { returnCode: 'SUCCESS', resultCode: 'SUCCESS', outTradeNo, outRefundNo, refundFee }
}

export const installLocalCloudPay = (): void => {
  ;(cloud as unknown as { cloudPay: unknown }).cloudPay = { unifiedOrder, queryOrder, refund }
}
