import type { MyReview } from '../../common/contract/review'
import type { Database } from '../../common/db/database'
import { sheetId, type ReviewDoc } from '../../common/db/models/review'
import type { Context } from '../../common/handler'
import { myBallots, tallies } from '../ballots'
import { resultsPublic } from '../rules/phase'
import { first, namesOf, objectionsOf, refOf, sheetsOf, visibleReview } from '../store'
import { objectionPeople, objectionRow, proposalRows, summaryOf } from '../views'

const resultsFor = async (db: Database, review: ReviewDoc, memberId: string, names: Map<string, string>) => {
  const [counted, objections] = await Promise.all([
    review.memberIds.includes(memberId) ? tallies(db, review._id) : null,
    objectionsOf(db).where({ reviewId: review._id, byId: memberId }).orderBy('at', 'asc').limit(100).get(),
  ])
  const answerers = await namesOf(db, objections.data.flatMap(objectionPeople))
  return {
    grades: proposalRows(review, names) ?? [],
    myCounts: counted?.get(memberId) ?? null,
    myObjections: objections.data.map((objection) => objectionRow(objection, answerers)),
  }
}

/**
 * A member's own review: their 自评, their own ballots (found through the key
 * while voting is open) and, once 公示 begins, the branch's 组织评定 and the
 * counts of how others rated them, and the objections they raised with their answers.
 */
export const getMyReview = async ({ db, caller, now }: Context, input: { reviewId: string }): Promise<MyReview> => {
  const me = caller.member._id
  const review = await visibleReview(db, caller.member, input.reviewId)
  const [sheet, mine, names] = await Promise.all([
    first(
      sheetsOf(db)
        .where({ _id: sheetId(review._id, me) })
        .limit(1),
    ),
    myBallots(db, review, me),
    namesOf(db, review.memberIds),
  ])
  const ratees = review.memberIds.includes(me) ? review.memberIds.filter((id) => id !== me) : []
  return {
    review: summaryOf(review, now),
    self: {
      text: sheet?.selfText ?? '',
      grade: sheet?.selfGrade ?? null,
      submittedAt: sheet?.selfAt ? new Date(sheet.selfAt).toISOString() : null,
    },
    ballots: ratees.map((id) => ({ ...refOf(names, id), grade: mine.get(id) ?? null })),
    results: resultsPublic(review, now) ? await resultsFor(db, review, me, names) : null,
  }
}
