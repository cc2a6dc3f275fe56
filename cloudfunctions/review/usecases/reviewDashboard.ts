import type { ReviewFigures } from '../../common/contract/review'
import type { Context } from '../../common/handler'
import { compileReviewFigures, figuresOf, toFigures } from '../figures'
import { reachedLeaves } from '../reached'

/**
 * Leaders and admins: the 评议 progress and talk coverage of every leaf unit
 * (党支部) their grants reach for a year, compiling those not compiled yet.
 */
export const reviewDashboard = async (
  { db, caller, now }: Context,
  input: { year: number },
): Promise<ReviewFigures[]> => {
  const leaves = await reachedLeaves(db, caller.member)
  if (!leaves.length) return []
  const stored = await figuresOf(db)
    .where({ year: input.year, branchId: db.command.in(leaves.map((leaf) => leaf.branch._id)) })
    .limit(1000)
    .get()
  const byBranch = new Map(stored.data.map((doc) => [doc.branchId, doc]))
  const docs = await Promise.all(
    leaves.map(({ branch }) => byBranch.get(branch._id) ?? compileReviewFigures(db, branch._id, input.year, now)),
  )
  return docs.map((doc, index) => ({ ...toFigures(doc), path: leaves[index].path }))
}
