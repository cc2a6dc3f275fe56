import type { BranchSheet, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { findBranch } from '../../common/db/members'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { periodProblem } from '../../common/periods'
import { assertReadsBranch } from '../../common/rules/access'
import { branchMonth } from '../sheet'
import { placeOf } from '../../common/db/units'

/** The branch's month sheet: paid / unpaid / exempt per member, with amounts and arrears (its secretary, leaders, the admin). */
export const branchSheet = async (
  { db, caller, now }: Context,
  { branchId, month }: ParsedInputOf<typeof duesContract.branchSheet>,
): Promise<BranchSheet> => {
  assertReadsBranch(
    caller.member,
    await placeOf(db, caller.member, branchId),
    'FORBIDDEN',
    '只能查看本支部的党费收缴情况',
  )
  if (periodProblem('month', month, now)) throw new AppError('DUES_PERIOD_INVALID', undefined, 'month')
  const branch = await findBranch(db, branchId)
  if (!branch) throw new AppError('NOT_FOUND', '支部不存在')
  return branchMonth(db, branch, month, now)
}
