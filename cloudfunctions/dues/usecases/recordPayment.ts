import type { DuesPaymentView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { DuesPaymentDoc } from '../../common/db/models/dues'
import { getMember } from '../../common/db/members'
import { requestRecordId } from '../../common/db/requests'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { dayjs, periodKey, ZONE } from '../../common/periods'
import { assertManagesRecord } from '../../common/rules/access'
import { chargesFor, paymentDocs } from '../payment/charges'
import { paymentsOf } from '../store'
import { paymentView } from '../views'
import { homePlace } from '../../common/db/models/units'

type Input = ParsedInputOf<typeof duesContract.recordPayment>

const paidAtOf = (paidOn: string, now: Date): Date => {
  const at = dayjs.tz(`${paidOn} 12:00:00`, ZONE).toDate()
  if (periodKey('month', at) > periodKey('month', now) || at.getTime() - now.getTime() > 86_400_000)
    throw new AppError('INVALID_INPUT', '缴纳日期不能晚于今天', 'paidOn')
  return at
}

/** The records a retry of the same request already made (the request key names them). */
const earlierRecords = async (db: Database, memberId: string, key: string): Promise<DuesPaymentDoc[]> =>
  (await paymentsOf(db, [memberId])).filter((record) => record.requestKey === key)

/**
 * The secretary records a cash or transfer payment (or 代缴, with a note) of
 * one or several months for a member of their branch: who paid, when, how,
 * and who recorded it. All months or none; a retried request answers the
 * records it made; a month already paid is refused.
 */
export const recordPayment = async ({ db, caller, now }: Context, input: Input): Promise<DuesPaymentView[]> => {
  const member = await getMember(db, input.memberId)
  assertManagesRecord(caller.member, 'member', homePlace(member), '只有本支部书记可以登记党费缴纳')
  if (input.onBehalf && !input.note) throw new AppError('DUES_NOTE_REQUIRED', undefined, 'note')
  const paidAt = paidAtOf(input.paidOn, now)
  const key = requestRecordId('k', caller.member._id, input.requestId)
  const earlier = input.requestId ? await earlierRecords(db, member._id, key) : []
  if (earlier.length) return earlier.map(paymentView)
  const charges = await chargesFor(db, member, input.months, now)
  const docs = paymentDocs(member, charges, {
    method: input.method,
    onBehalf: input.onBehalf ?? false,
    note: input.note ?? '',
    paidAt,
    recordedBy: caller.member._id,
    recordedByName: caller.member.name,
    orderNo: null,
    requestKey: key,
    createdAt: now,
  })
  await db
    .runTransaction(async (tx) => {
      await Promise.all(docs.map((doc) => tx.collection(collections.duesPayments.name).add({ data: doc })))
    })
    .catch((error: unknown) => {
      throw isDuplicateKeyError(error) ? new AppError('DUES_MONTH_PAID') : error
    })
  return docs.map(paymentView)
}
