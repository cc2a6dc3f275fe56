import { randomBytes } from 'node:crypto'
import cloud from 'wx-server-sdk'
import type { WxPayment } from '../../common/contract/dues'
import { AppError } from '../../common/errors'

/**
 * WeChat Pay through cloud development (云开发 cloudPay). The merchant
 * (`DUES_SUB_MCH_ID`, the 子商户号 bound to the environment in 云开发控制台 →
 * 微信支付) and the environment id come from the function's environment; the
 * payment result comes back to this same `dues` function. Locally
 * `local/runtime/cloudPay.ts` stands in (the simulated payment page).
 */

interface CloudPay {
  unifiedOrder(data: object): Promise<{ returnCode?: string; resultCode?: string; payment?: WxPayment }>
  queryOrder(
    data: object,
  ): Promise<{ returnCode?: string; resultCode?: string; tradeState?: string; totalFee?: number }>
  refund(data: object): Promise<{ returnCode?: string; resultCode?: string }>
}

const cloudPay = (): CloudPay => (cloud as unknown as { cloudPay: CloudPay }).cloudPay

export interface PayEnvironment {
  subMchId: string
  envId: string
}

export const payEnvironment = (env: NodeJS.ProcessEnv = process.env): PayEnvironment => ({
  subMchId: env.DUES_SUB_MCH_ID ?? '',
  envId: env.DUES_ENV_ID || env.TCB_ENV || env.SCF_NAMESPACE || '',
})

const nonce = () => randomBytes(16).toString('hex')

/** Asks WeChat Pay for a JSAPI order; answers what `Taro.requestPayment` needs. */
export const openWxOrder = async (
  order: { orderNo: string; totalFen: number; body: string },
  env: PayEnvironment = payEnvironment(),
): Promise<WxPayment> => {
  const answer = await cloudPay()
    .unifiedOrder({
      body: order.body,
      outTradeNo: order.orderNo,
      spbillCreateIp: '127.0.0.1',
      subMchId: env.subMchId,
      totalFee: order.totalFen,
      envId: env.envId,
      functionName: 'dues',
      nonceStr: nonce(),
      tradeType: 'JSAPI',
    })
    .catch((error: unknown) => {
      console.error('cloudPay.unifiedOrder failed', error)
      return null
    })
  if (answer?.returnCode !== 'SUCCESS' || answer.resultCode !== 'SUCCESS' || !answer.payment)
    throw new AppError('DUES_PAY_UNAVAILABLE')
  return answer.payment
}

/** Whether WeChat Pay itself says the order was paid with this amount (a callback is never trusted alone). */
export const wxOrderPaid = async (
  orderNo: string,
  totalFen: number,
  env: PayEnvironment = payEnvironment(),
): Promise<boolean> => {
  const answer = await cloudPay()
    .queryOrder({ subMchId: env.subMchId, outTradeNo: orderNo, nonceStr: nonce() })
    .catch(() => null)
  return answer?.tradeState === 'SUCCESS' && answer.totalFee === totalFen
}

/**
 * Returns an order's whole amount to the payer. WeChat Pay refunds an
 * `outRefundNo` once, so asking again (a retry, a second tap) never pays out twice.
 */
export const refundWxOrder = async (
  refund: { orderNo: string; refundNo: string; totalFen: number; reason: string },
  env: PayEnvironment = payEnvironment(),
): Promise<void> => {
  const answer = await cloudPay()
    .refund({
      subMchId: env.subMchId,
      envId: env.envId,
      functionName: 'dues',
      outTradeNo: refund.orderNo,
      outRefundNo: refund.refundNo,
      totalFee: refund.totalFen,
      refundFee: refund.totalFen,
      refundDesc: refund.reason.slice(0, 80),
      nonceStr: nonce(),
    })
    .catch((error: unknown) => {
      console.error('cloudPay.refund failed', error)
      return null
    })
  if (answer?.returnCode !== 'SUCCESS' || answer.resultCode !== 'SUCCESS') throw new AppError('DUES_REFUND_UNAVAILABLE')
}
