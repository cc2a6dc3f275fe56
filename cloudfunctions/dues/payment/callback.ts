import { z } from 'zod'
import { AppError } from '../../common/errors'
import type { Callback } from '../../common/handler'
import { settleOrder } from './settle'

/** WeChat Pay's result as cloudPay delivers it to the function (camelCase; only the fields read are checked). */
const resultShape = z.object({
  returnCode: z.string().max(16),
  resultCode: z.string().max(16),
  outTradeNo: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
  totalFee: z.number().int().min(0),
  transactionId: z.string().max(64).nullish(),
})

const looksLikeResult = (event: unknown): boolean =>
  typeof event === 'object' && event !== null && 'outTradeNo' in event && !('action' in event)

/** The `dues` function's payment-result callback (`functionName: 'dues'` of unifiedOrder). */
export const paymentCallback: Callback = {
  matches: looksLikeResult,
  run: async ({ db, now }, event) => {
    const parsed = resultShape.safeParse(event)
    if (!parsed.success) throw new AppError('DUES_ORDER_UNKNOWN')
    return settleOrder(db, parsed.data, now)
  },
}
