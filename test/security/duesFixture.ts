/**
 * 第一支部's dues records the security suites aim at: confirmed bases for
 * every signed-in identity and a few plain members, a declared base, a cash
 * payment, a WeChat Pay order and a proposed relief.
 */
import { periodKey, shiftPeriod } from '../../cloudfunctions/common/periods'
import { demoIdentities, type TestCloud } from '../helpers/testCloud'

export interface DuesFixture {
  /** A base m013 declared, waiting for the secretary. */
  declaredBaseId: string
  /** A cash payment of m011's month, recorded by the secretary. */
  paymentId: string
  /** m006's pending WeChat Pay order for this month. */
  orderNo: string
  /** A relief for m014 proposed by the secretary. */
  reliefId: string
  nextMonth: string
}

/** Members with a confirmed base from this month: the six signed-in identities and 第一支部's m010–m012. */
const BASED = ['m001', 'm002', 'm004', 'm005', 'm006', 'm021', 'm010', 'm011', 'm012']

export const loadDuesFixture = async (t: TestCloud, now: Date): Promise<DuesFixture> => {
  const month = periodKey('month', now)
  const { admin, secretary, member } = demoIdentities
  // The admin's own declaration waits for a confirmation like anyone's: 第一支部's secretary declares it.
  for (const memberId of BASED)
    await t.ok(memberId === 'm005' ? secretary : admin, 'dues', 'declareBase', {
      memberId,
      category: 'employed',
      fromMonth: month,
      payFen: 500_000,
    })
  const declared = await t.ok(demoIdentities.secretary, 'dues', 'declareBase', {
    memberId: 'm013',
    category: 'retired',
    fromMonth: month,
    payFen: 400_000,
  })
  await t.db
    .collection('duesBases')
    .doc(declared.id)
    .update({ data: { status: 'declared', confirmedBy: null, confirmedAt: null } })
  const [payment] = await t.ok(secretary, 'dues', 'recordPayment', {
    memberId: 'm011',
    months: [month],
    method: 'cash',
    paidOn: now.toISOString().slice(0, 10),
  })
  const order = await t.ok(member, 'dues', 'payDues', { months: [month] })
  const relief = await t.ok(secretary, 'dues', 'proposeRelief', {
    memberId: 'm014',
    kind: 'exempt',
    fromMonth: month,
    toMonth: month,
    reason: '家庭困难',
  })
  return {
    declaredBaseId: declared.id,
    paymentId: payment.id,
    orderNo: order.orderNo,
    reliefId: relief.id,
    nextMonth: shiftPeriod('month', month, 1),
  }
}
