import type { ReviewFigures } from '../../common/contract/review'
import type { Context } from '../../common/handler'
import { assertReadsBranch } from '../../common/rules/access'
import { compileReviewFigures, toFigures } from '../figures'
import { placeOf } from '../../common/db/units'

/** Compiles one branch's review and talk figures now (its secretary, leaders, admins). */
export const refreshReviewFigures = async (
  { db, caller, now }: Context,
  input: { branchId: string; year: number },
): Promise<ReviewFigures> => {
  assertReadsBranch(
    caller.member,
    await placeOf(db, caller.member, input.branchId),
    'FORBIDDEN',
    '只能查看本支部的评议和谈话统计',
  )
  return toFigures(await compileReviewFigures(db, input.branchId, input.year, now))
}
