import type { ReviewFigures } from '../common/contract/review'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import { findBranch } from '../common/db/members'
import { figuresId, reviewDocId, type ReviewDoc, type ReviewFiguresDoc } from '../common/db/models/review'
import { emptyCounts } from './ballots'
import { branchCoverage } from './coverage'
import { participation } from './progress'
import { phaseOf } from './rules/phase'
import { findReview, sheetsOfReview } from './store'

export const figuresOf = (db: Database) => db.collection<ReviewFiguresDoc>(collections.reviewFigures.name)

const finalGrades = (review: ReviewDoc | null, now: Date) => {
  if (!review?.proposal || phaseOf(review, now) !== 'final') return null
  const counts = emptyCounts()
  for (const item of review.proposal) counts[item.grade] += 1
  return counts
}

const reviewPart = async (db: Database, review: ReviewDoc | null, now: Date) => {
  if (!review) return { phase: null, members: 0, selfDone: 0, voted: 0, grades: null }
  const { selfDone, voted } = participation(review, await sheetsOfReview(db, review._id))
  return {
    phase: phaseOf(review, now),
    members: review.memberIds.length,
    selfDone: selfDone.length,
    voted: voted.length,
    grades: finalGrades(review, now),
  }
}

/**
 * One branch's review and talk figures for a year, stored as a snapshot like
 * the branch statistics: participation in the 评议 (自评 written, members who
 * rated), the final 组织评定 counts, and this year's talk coverage.
 */
export const compileReviewFigures = async (
  db: Database,
  branchId: string,
  year: number,
  now: Date,
): Promise<ReviewFiguresDoc> => {
  const [branch, review, talks] = await Promise.all([
    findBranch(db, branchId),
    findReview(db, reviewDocId(branchId, year)),
    branchCoverage(db, branchId, year),
  ])
  const { secretary, committee } = talks.coverage
  const doc: ReviewFiguresDoc = {
    _id: figuresId(branchId, year),
    branchId,
    branchName: branch?.name ?? branchId,
    year,
    compiledAt: now,
    ...(await reviewPart(db, review, now)),
    talks: talks.talks.length,
    secretaryCoverage: { covered: secretary.covered, total: secretary.total },
    committeeCoverage: { covered: committee.covered, total: committee.total },
  }
  const { _id, ...fields } = doc
  await figuresOf(db).doc(_id).set({ data: fields })
  return doc
}

export const toFigures = (doc: ReviewFiguresDoc): ReviewFigures => {
  const { _id, ...fields } = doc
  return { ...fields, compiledAt: new Date(doc.compiledAt).toISOString() }
}
