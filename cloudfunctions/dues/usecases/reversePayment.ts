import type { DuesPaymentView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import type { DuesPaymentDoc } from '../../common/db/models/dues'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { assertManagesOrAdministers, missing } from '../../common/rules/access'
import { reversalId } from '../rules/ledger'
import { paymentView } from '../views'
import { placeOf } from '../../common/db/units'

/**
 * A correction or refund: a reversal record naming the payment, with a
 * reason; the payment itself stays. Once per payment. The month is then
 * unpaid again and its next payment takes a fresh `_id`.
 */
export const reversePayment = async (
  { db, caller, now }: Context,
  { paymentId, reason }: ParsedInputOf<typeof duesContract.reversePayment>,
): Promise<DuesPaymentView> => {
  const payments = db.collection<DuesPaymentDoc>(collections.duesPayments.name)
  const { data } = await payments.where({ _id: paymentId, kind: 'payment' }).limit(1).get()
  const payment = data[0]
  if (!payment) throw missing('entry')
  assertManagesOrAdministers(
    caller.member,
    'entry',
    await placeOf(db, caller.member, payment.branchId),
    '只有本支部书记或党务管理员可以冲正缴费记录',
  )
  const reversal: DuesPaymentDoc = {
    ...payment,
    _id: reversalId(payment._id),
    kind: 'reversal',
    note: reason,
    paidAt: now,
    recordedBy: caller.member._id,
    recordedByName: caller.member.name,
    reversalOf: payment._id,
    requestKey: reversalId(payment._id),
    createdAt: now,
  }
  await payments.add({ data: reversal }).catch((error: unknown) => {
    throw isDuplicateKeyError(error) ? new AppError('DUES_ALREADY_REVERSED') : error
  })
  return paymentView(reversal)
}
