import type { ReviewFigures } from '../../common/contract/review'
import { listBranchDocs } from '../../common/db/members'
import type { Context } from '../../common/handler'
import { readsUnit } from '../../common/rules/access'
import { compileReviewFigures, figuresOf, toFigures } from '../figures'

/** Leaders: the 评议 progress and talk coverage of every branch they reach for a year, compiling those not compiled yet. */
export const reviewDashboard = async (
  { db, caller, now }: Context,
  input: { year: number },
): Promise<ReviewFigures[]> => {
  const [all, stored] = await Promise.all([
    listBranchDocs(db),
    figuresOf(db).where({ year: input.year }).limit(1000).get(),
  ])
  const branches = all.filter((branch) => readsUnit(caller.member, branch))
  const byBranch = new Map(stored.data.map((doc) => [doc.branchId, doc]))
  const docs = await Promise.all(
    branches.map((branch) => byBranch.get(branch._id) ?? compileReviewFigures(db, branch._id, input.year, now)),
  )
  return docs.map(toFigures)
}
