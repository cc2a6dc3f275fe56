import type { DuesBaseView } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import type { duesContract } from '../../common/contract/dues'
import { collections } from '../../common/db/collections'
import { duesBaseId, type DuesBaseDoc } from '../../common/db/models/dues'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { assertUnpaidFrom, baseSubject } from '../bases'
import { baseView } from '../views'

type Input = ParsedInputOf<typeof duesContract.declareBase>

const declaredPay = (input: Input): { payFen: number; insuranceFen: number } => {
  if (input.category === 'flat') return { payFen: 0, insuranceFen: 0 }
  if (input.payFen === undefined) throw new AppError('DUES_BASE_INVALID', undefined, 'payFen')
  return { payFen: input.payFen, insuranceFen: input.insuranceFen ?? 0 }
}

/**
 * A member declares their category and pay from a month on; the branch's
 * secretary confirms it. A secretary (or the admin) declaring for a member
 * confirms at once. A confirmed month is not declared over again.
 */
export const declareBase = async ({ db, caller, now }: Context, input: Input): Promise<DuesBaseView> => {
  const pay = declaredPay(input)
  const { member, confirms } = await baseSubject(db, caller.member, input.memberId)
  const id = duesBaseId(member._id, input.fromMonth)
  const bases = db.collection<DuesBaseDoc>(collections.duesBases.name)
  const [{ data: existing }] = await Promise.all([
    bases.where({ _id: id }).limit(1).get(),
    assertUnpaidFrom(db, member._id, input.fromMonth),
  ])
  if (existing[0]?.status === 'confirmed') throw new AppError('DUES_BASE_CONFIRMED')
  const doc: DuesBaseDoc = {
    _id: id,
    memberId: member._id,
    branchId: member.branchId,
    category: input.category,
    fromMonth: input.fromMonth,
    ...pay,
    status: confirms ? 'confirmed' : 'declared',
    declaredBy: caller.member._id,
    declaredAt: now,
    confirmedBy: confirms ? caller.member._id : null,
    confirmedAt: confirms ? now : null,
  }
  const { _id, ...fields } = doc
  await bases.doc(_id).set({ data: fields })
  return baseView(doc, member.name)
}
