import { collections } from '../../cloudfunctions/common/db/collections'
import type { DuesOrderDoc, DuesPaymentDoc } from '../../cloudfunctions/common/db/models/dues'
import { localPayOrder, payLocally, paymentResultEvent } from '../../local/runtime/cloudPay'
import { demoIdentities, duesState, setBase, useDuesCloud } from './helpers'

const t = useDuesCloud()
const { secretary, member, member2, otherSecretary, admin } = demoIdentities
const M = 'm006'

const payments = async (memberId = M) =>
  (await t.db.collection<DuesPaymentDoc>(collections.duesPayments.name).where({ memberId }).get()).data

/** WeChat calls the callback: the function runs with no user, with the payment result as its event. */
const callback = (event: unknown) => t.cloud.call('dues', event, '')

/** The member pays on the simulated page, then WeChat delivers the result. */
const payAndNotify = async (orderNo: string) => {
  const paid = payLocally(orderNo)
  if (!paid) throw new Error(`no local order ${orderNo}`)
  return callback(paid.event)
}

describe('paying by WeChat Pay', () => {
  beforeEach(async () => {
    await setBase(t, M, '2026-09', 6000)
  })

  it('pays several months in one order; the verified callback records each month once with its base and rate', async () => {
    const order = await t.ok(member, 'dues', 'payDues', { months: ['2026-10', '2026-09', '2026-11'] })
    expect(order).toMatchObject({ months: ['2026-09', '2026-10', '2026-11'], totalFen: 27000, status: 'pending' })
    expect(order.payment?.package).toMatch(/^prepay_id=/)
    expect(localPayOrder(order.orderNo)).toMatchObject({ totalFee: 27000, functionName: 'dues', paid: false })
    // Until WeChat reports the payment, nothing counts as paid.
    expect((await t.ok(member, 'dues', 'myDues', {})).unpaid).toHaveLength(3)
    const answer = await payAndNotify(order.orderNo)
    expect(answer).toMatchObject({ ok: true, errcode: 0, data: { status: 'paid' } })
    const records = await payments()
    expect(
      records.map((record) => [record._id, record.amountFen, record.baseFen, record.rateBp, record.method]),
    ).toEqual([
      ['pay:m006:2026-09:0', 9000, 600000, 150, 'wechat'],
      ['pay:m006:2026-10:0', 9000, 600000, 150, 'wechat'],
      ['pay:m006:2026-11:0', 9000, 600000, 150, 'wechat'],
    ])
    const mine = await t.ok(member, 'dues', 'myDues', {})
    expect(mine.unpaid).toEqual([])
    expect(mine.current).toMatchObject({ state: 'paid', method: 'wechat' })
    expect(await t.ok(member, 'dues', 'orderStatus', { orderNo: order.orderNo })).toMatchObject({ status: 'paid' })
    const sheet = await t.ok(secretary, 'dues', 'branchSheet', { branchId: 'b1', month: '2026-11' })
    expect(sheet.rows.find((row) => row.memberId === M)?.month).toMatchObject({ state: 'paid', amountFen: 9000 })
  })

  it('records a payment exactly once however often (and however concurrently) WeChat calls back', async () => {
    const order = await t.ok(member, 'dues', 'payDues', { months: ['2026-11'] })
    const paid = payLocally(order.orderNo)
    const answers = await Promise.all(Array.from({ length: 5 }, () => callback(paid?.event)))
    expect(answers.every((answer) => answer.ok && (answer as { errcode?: number }).errcode === 0)).toBe(true)
    const again = await callback(paid?.event)
    expect(again).toMatchObject({ ok: true, data: { status: 'paid' } })
    expect(await payments()).toHaveLength(1)
  })

  it('refuses forged callbacks: an unknown order, a wrong amount, or one WeChat Pay never paid — writing nothing', async () => {
    const order = await t.ok(member, 'dues', 'payDues', { months: ['2026-11'] })
    const local = localPayOrder(order.orderNo)
    if (!local) throw new Error('order not opened')
    const forged = paymentResultEvent({ ...local, transactionId: '4200forged' })
    const before = duesState(t)
    expect(await callback({ ...forged, outTradeNo: 'D0000000000000000000000000000000' })).toMatchObject({
      ok: false,
      code: 'DUES_ORDER_UNKNOWN',
      errcode: 1,
    })
    expect(await callback({ ...forged, totalFee: 1 })).toMatchObject({ ok: false, code: 'DUES_AMOUNT_MISMATCH' })
    // Claims success, but WeChat Pay's own order query says it was never paid.
    expect(await callback(forged)).toMatchObject({ ok: false, code: 'DUES_PAYMENT_UNVERIFIED' })
    expect(await callback({ outTradeNo: order.orderNo, returnCode: 'SUCCESS' })).toMatchObject({
      ok: false,
      code: 'DUES_ORDER_UNKNOWN',
    })
    // A member calling the function with a payment result of their own making changes nothing either.
    expect(await t.cloud.call('dues', forged, demoIdentities.member)).toMatchObject({ ok: false })
    expect(duesState(t)).toEqual(before)
    expect(await payments()).toEqual([])
  })

  it('leaves the order pending on a failed payment result', async () => {
    const order = await t.ok(member, 'dues', 'payDues', { months: ['2026-11'] })
    const local = localPayOrder(order.orderNo)
    if (!local) throw new Error('order not opened')
    const failed = { ...paymentResultEvent(local), resultCode: 'FAIL' }
    expect(await callback(failed)).toMatchObject({ ok: true, data: { status: 'pending' } })
    expect(await payments()).toEqual([])
  })

  it('a retried payDues request answers the same order', async () => {
    const first = await t.ok(member, 'dues', 'payDues', { months: ['2026-11'], requestId: 'req-1' })
    const second = await t.ok(member, 'dues', 'payDues', { months: ['2026-11'], requestId: 'req-1' })
    expect(second.orderNo).toBe(first.orderNo)
    expect((await t.db.collection(collections.duesOrders.name).where({ memberId: M }).get()).data).toHaveLength(1)
  })

  it('refuses a month already paid, a month not owed, and paying more than 12 months ahead', async () => {
    const order = await t.ok(member, 'dues', 'payDues', { months: ['2026-11'] })
    await payAndNotify(order.orderNo)
    const before = duesState(t)
    expect(await t.call(member, 'dues', 'payDues', { months: ['2026-11'] })).toMatchObject({ code: 'DUES_MONTH_PAID' })
    expect(await t.call(member, 'dues', 'payDues', { months: ['2026-08'] })).toMatchObject({ code: 'DUES_NO_BASE' })
    expect(await t.call(member, 'dues', 'payDues', { months: ['2027-11'] })).toMatchObject({
      code: 'DUES_MONTH_FUTURE',
    })
    expect(duesState(t)).toEqual(before)
  })

  it('a month paid in cash while the WeChat order was open leaves the order to refund, not a second payment', async () => {
    const order = await t.ok(member, 'dues', 'payDues', { months: ['2026-11'] })
    await t.ok(secretary, 'dues', 'recordPayment', {
      memberId: M,
      months: ['2026-11'],
      method: 'cash',
      paidOn: '2026-11-20',
    })
    expect(await payAndNotify(order.orderNo)).toMatchObject({ ok: true, data: { status: 'conflict' } })
    expect(await payments()).toHaveLength(1)
  })

  it('the secretary refunds a conflicted order once, with the reason, however often asked', async () => {
    const order = await t.ok(member, 'dues', 'payDues', { months: ['2026-11'] })
    const before = duesState(t)
    expect(await t.call(secretary, 'dues', 'refundOrder', { orderNo: order.orderNo, reason: '重复' })).toMatchObject({
      ok: false,
      code: 'DUES_NOT_REFUNDABLE',
    })
    expect(duesState(t)).toEqual(before)
    await t.ok(secretary, 'dues', 'recordPayment', {
      memberId: M,
      months: ['2026-11'],
      method: 'cash',
      paidOn: '2026-11-20',
    })
    await payAndNotify(order.orderNo)
    const listed = await t.ok(secretary, 'dues', 'conflictOrders', { branchId: 'b1' })
    expect(listed).toEqual([expect.objectContaining({ orderNo: order.orderNo, status: 'conflict', refund: null })])
    expect(
      await t.call(otherSecretary, 'dues', 'refundOrder', { orderNo: order.orderNo, reason: '越权' }),
    ).toMatchObject({
      ok: false,
    })
    const reason = '本月已现金缴纳，退回微信支付'
    const answers = await Promise.all([
      t.call(secretary, 'dues', 'refundOrder', { orderNo: order.orderNo, reason }),
      t.call(secretary, 'dues', 'refundOrder', { orderNo: order.orderNo, reason }),
    ])
    const again = await t.ok(admin, 'dues', 'refundOrder', { orderNo: order.orderNo, reason: '再退一次' })
    for (const answer of answers) expect(answer).toMatchObject({ ok: true, data: { status: 'refunded' } })
    expect(again).toMatchObject({ status: 'refunded', refund: { reason, byName: expect.any(String) } })
    expect([...(localPayOrder(order.orderNo)?.refunds.values() ?? [])]).toEqual([order.totalFen])
    const refunds = (await t.db.collection(collections.duesRefunds.name).where({}).get()).data
    expect(refunds).toEqual([expect.objectContaining({ _id: `refund:${order.orderNo}`, reason, amountFen: 9000 })])
    expect(await payments()).toHaveLength(1)
    expect(await t.ok(secretary, 'dues', 'conflictOrders', { branchId: 'b1' })).toEqual([
      expect.objectContaining({ status: 'refunded', refund: expect.objectContaining({ reason }) }),
    ])
  })
})

describe('paying for someone else (代缴)', () => {
  beforeEach(async () => {
    await setBase(t, 'm007', '2026-11', 4000)
  })

  it('the secretary pays a member of their branch with a note; a member may not pay for another', async () => {
    const before = duesState(t)
    expect(
      await t.call(member, 'dues', 'payDues', { memberId: 'm007', months: ['2026-11'], note: '帮忙' }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(
      await t.call(otherSecretary, 'dues', 'payDues', { memberId: 'm007', months: ['2026-11'], note: 'x' }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await t.call(secretary, 'dues', 'payDues', { memberId: 'm007', months: ['2026-11'] })).toMatchObject({
      ok: false,
      code: 'DUES_NOTE_REQUIRED',
    })
    expect(duesState(t)).toEqual(before)
    const order = await t.ok(secretary, 'dues', 'payDues', {
      memberId: 'm007',
      months: ['2026-11'],
      note: '本人出差，书记代缴',
    })
    await payAndNotify(order.orderNo)
    const [record] = await payments('m007')
    expect(record).toMatchObject({ onBehalf: true, note: '本人出差，书记代缴', recordedBy: 'm001', amountFen: 4000 })
    expect((await t.ok(member2, 'dues', 'myDues', {})).current.state).toBe('paid')
  })
})

describe('cash, transfer and reversals', () => {
  beforeEach(async () => {
    await setBase(t, M, '2026-10', 3000)
  })

  it('the secretary records a cash payment of two months: who, when, how; a retry answers the same records', async () => {
    const input = {
      memberId: M,
      months: ['2026-10', '2026-11'],
      method: 'cash' as const,
      paidOn: '2026-11-18',
      requestId: 'cash-1',
    }
    const first = await t.ok(secretary, 'dues', 'recordPayment', input)
    const again = await t.ok(secretary, 'dues', 'recordPayment', input)
    expect(again).toEqual(first)
    expect(first.map((record) => [record.month, record.amountFen, record.method, record.recordedByName])).toEqual([
      ['2026-10', 1500, 'cash', expect.any(String)],
      ['2026-11', 1500, 'cash', expect.any(String)],
    ])
    expect(first[0].paidAt).toBe('2026-11-18T04:00:00.000Z')
    expect(await payments()).toHaveLength(2)
  })

  it('refuses another branch, a member, a date in the future, and a 代缴 without a note; writes nothing', async () => {
    const before = duesState(t)
    const input = { memberId: M, months: ['2026-11'], method: 'transfer' as const, paidOn: '2026-11-19' }
    expect(await t.call(otherSecretary, 'dues', 'recordPayment', input)).toMatchObject({ code: 'NOT_FOUND' })
    expect(await t.call(member2, 'dues', 'recordPayment', input)).toMatchObject({ code: 'FORBIDDEN' })
    expect(await t.call(secretary, 'dues', 'recordPayment', { ...input, paidOn: '2026-12-02' })).toMatchObject({
      code: 'INVALID_INPUT',
    })
    expect(await t.call(secretary, 'dues', 'recordPayment', { ...input, onBehalf: true })).toMatchObject({
      code: 'DUES_NOTE_REQUIRED',
    })
    expect(duesState(t)).toEqual(before)
  })

  it('a reversal keeps the payment, reopens the month (paid again under a new key) and happens once', async () => {
    const [paid] = await t.ok(secretary, 'dues', 'recordPayment', {
      memberId: M,
      months: ['2026-11'],
      method: 'cash',
      paidOn: '2026-11-19',
    })
    const reversal = await t.ok(secretary, 'dues', 'reversePayment', { paymentId: paid.id, reason: '金额登记错误' })
    expect(reversal).toMatchObject({ kind: 'reversal', reversalOf: paid.id, note: '金额登记错误', amountFen: 1500 })
    expect(await t.call(admin, 'dues', 'reversePayment', { paymentId: paid.id, reason: '再次冲正' })).toMatchObject({
      code: 'DUES_ALREADY_REVERSED',
    })
    expect((await t.ok(member, 'dues', 'myDues', {})).current.state).toBe('due')
    const [repaid] = await t.ok(secretary, 'dues', 'recordPayment', {
      memberId: M,
      months: ['2026-11'],
      method: 'transfer',
      paidOn: '2026-11-20',
    })
    expect(repaid.id).toBe('pay:m006:2026-11:1')
    expect((await payments()).map((record) => record._id).sort()).toEqual([
      'pay:m006:2026-11:0',
      'pay:m006:2026-11:1',
      'rev:pay:m006:2026-11:0',
    ])
    expect(await t.call(otherSecretary, 'dues', 'reversePayment', { paymentId: repaid.id, reason: 'x' })).toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    )
    const orders = await t.db.collection<DuesOrderDoc>(collections.duesOrders.name).where({ memberId: M }).get()
    expect(orders.data).toEqual([])
  })
})
