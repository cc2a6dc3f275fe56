import express from 'express'
import { yuan } from '../../cloudfunctions/common/contract/duesLabels'
import type { LocalCloud } from '../runtime'
import { localPayOrder, payLocally } from '../runtime/cloudPay'
import { escape, page } from './devPages'

/**
 * The simulated WeChat Pay page of the local host (local mode's stand-in for
 * `requestPayment`): shows the order's amount; 确认支付 marks it paid in the
 * local cloudPay and delivers WeChat's payment result to the callback
 * function, exactly as WeChat would, then returns to the app.
 */

/** Only a path of this app (`/#/...`), never another site. */
const backOf = (value: unknown): string =>
  typeof value === 'string' && /^\/#\/[A-Za-z0-9/_\-?=&.%]*$/.test(value) ? value : '/'

const payForm = (orderNo: string, back: string, total: string, body: string) =>
  page(
    '微信支付（本地模拟） · 智慧支部',
    `<header><h1>微信支付（本地模拟）</h1><p>本地模式没有真实的微信支付：确认后按微信支付成功回调处理。</p></header><main>` +
      `<h2>${escape(body)}</h2><p style="font-size:32px;margin:8px 0 16px" data-testid="pay-amount">¥${escape(total)}</p>` +
      `<form method="post" action="/dev/pay"><input type="hidden" name="orderNo" value="${escape(orderNo)}">` +
      `<input type="hidden" name="back" value="${escape(back)}">` +
      `<button type="submit" data-testid="pay-confirm" style="text-align:center;background:#07c160;color:#fff">确认支付</button></form>` +
      `<form method="get" action="${escape(back)}"><button type="submit" style="text-align:center">取消</button></form></main>`,
  )

export const mountDevPay = (
  app: express.Express,
  cloud: LocalCloud,
  openidOf: (request: express.Request, response: express.Response) => string | null,
) => {
  app.get('/dev/pay', (request, response) => {
    const order = localPayOrder(String(request.query.orderNo ?? ''))
    if (!order)
      return void response
        .status(404)
        .type('html')
        .send(page('订单不存在', '<main>订单不存在或已过期，请返回重新发起支付。</main>'))
    response.type('html').send(payForm(order.outTradeNo, backOf(request.query.back), yuan(order.totalFee), order.body))
  })
  app.post('/dev/pay', express.urlencoded({ extended: false, limit: '4kb' }), async (request, response) => {
    if (!openidOf(request, response)) return void response.status(401).send('登录已失效，请重新进入')
    const paid = payLocally(String(request.body?.orderNo ?? ''))
    if (!paid) return void response.status(404).send('订单不存在或已过期，请返回重新发起支付')
    await cloud.call(paid.functionName, paid.event, '')
    response.redirect(303, backOf(request.body?.back))
  })
}
