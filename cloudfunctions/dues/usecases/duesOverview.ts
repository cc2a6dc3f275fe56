import type { DuesBranchFigures, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { listBranchDocs } from '../../common/db/members'
import { periodProblem } from '../../common/periods'
import { readsUnit } from '../../common/rules/access'
import { compileAllBranches, figuresOf, readBranchMonths } from '../compile'

const assertMonth = (month: string, now: Date): void => {
  if (periodProblem('month', month, now)) throw new AppError('DUES_PERIOD_INVALID', undefined, 'month')
}

/** Leaders: each branch's compiled collection figures for a month, the branches their grants reach (O(branches) documents). */
export const duesOverview = async (
  { db, caller, now }: Context,
  { month }: ParsedInputOf<typeof duesContract.duesOverview>,
): Promise<DuesBranchFigures[]> => {
  assertMonth(month, now)
  const [branches, docs] = await Promise.all([listBranchDocs(db), readBranchMonths(db, month)])
  const reached = new Set(branches.filter((branch) => readsUnit(caller.member, branch)).map((branch) => branch._id))
  return docs
    .filter((doc) => reached.has(doc.branchId))
    .sort((a, b) => a.branchId.localeCompare(b.branchId))
    .map(figuresOf)
}

/** Leaders and the admin: compile a month's figures now instead of waiting for the timer. */
export const compileDuesMonth = async (
  { db, caller, now }: Context,
  { month }: ParsedInputOf<typeof duesContract.compileDuesMonth>,
): Promise<DuesBranchFigures[]> => {
  assertMonth(month, now)
  return (await compileAllBranches(db, month, now, (branch) => readsUnit(caller.member, branch))).map(figuresOf)
}
