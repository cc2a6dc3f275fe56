import type { ReviewFigures } from '../../common/contract/review'
import { listBranchDocs } from '../../common/db/members'
import type { Context } from '../../common/handler'
import { compileReviewFigures, figuresOf, toFigures } from '../figures'

/** Leaders: every branch's 评议 progress and talk coverage for a year, compiling the branches not compiled yet. */
export const reviewDashboard = async ({ db, now }: Context, input: { year: number }): Promise<ReviewFigures[]> => {
  const [branches, stored] = await Promise.all([
    listBranchDocs(db),
    figuresOf(db).where({ year: input.year }).limit(1000).get(),
  ])
  const byBranch = new Map(stored.data.map((doc) => [doc.branchId, doc]))
  const docs = await Promise.all(
    branches.map((branch) => byBranch.get(branch._id) ?? compileReviewFigures(db, branch._id, input.year, now)),
  )
  return docs.map(toFigures)
}
