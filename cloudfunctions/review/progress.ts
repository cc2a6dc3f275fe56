import type { ReviewProgress } from '../common/contract/review'
import type { Database } from '../common/db/database'
import type { ReviewDoc, ReviewSheetDoc } from '../common/db/models/review'
import { emptyCounts, tallies } from './ballots'
import { phaseOf } from './rules/phase'
import { namesOf, objectionsOfReview, refOf, sheetsOfReview } from './store'
import { objectionPeople, objectionRow, proposalRows, summaryOf } from './views'

/** Participation figures of a review from its sheets (shared with the compiled figures). */
export const participation = (review: ReviewDoc, sheets: readonly ReviewSheetDoc[]) => {
  const byMember = new Map(sheets.map((sheet) => [sheet.memberId, sheet]))
  const selfDone = review.memberIds.filter((id) => byMember.get(id)?.selfAt)
  const voted = review.memberIds.filter((id) => (byMember.get(id)?.ballotsCast ?? 0) > 0)
  const ballots = sheets.reduce((sum, sheet) => sum + sheet.ballotsCast, 0)
  return { byMember, selfDone, voted, ballots }
}

/**
 * The committee's view of a review: who has not yet written a 自评 or rated
 * anyone (participation is not secret), and, once voting is over, the counted
 * 互评 per member — counts only, never who gave them.
 */
export const progressOf = async (db: Database, review: ReviewDoc, now: Date): Promise<ReviewProgress> => {
  const open = phaseOf(review, now) === 'open'
  const [sheets, counted, objections] = await Promise.all([
    sheetsOfReview(db, review._id),
    open ? null : tallies(db, review._id),
    objectionsOfReview(db, review._id),
  ])
  const names = await namesOf(db, [...review.memberIds, ...objections.flatMap(objectionPeople)])
  const { byMember, selfDone, voted, ballots } = participation(review, sheets)
  const ref = (id: string) => refOf(names, id)
  return {
    review: summaryOf(review, now),
    members: review.memberIds.length,
    selfDone: selfDone.length,
    voted: voted.length,
    ballots,
    missingSelf: review.memberIds.filter((id) => !selfDone.includes(id)).map(ref),
    notVoted: review.memberIds.filter((id) => !voted.includes(id)).map(ref),
    tallies:
      counted &&
      review.memberIds.map((id) => ({
        ...ref(id),
        self: byMember.get(id)?.selfGrade ?? null,
        counts: counted.get(id) ?? emptyCounts(),
      })),
    proposal: proposalRows(review, names),
    objections: objections.map((objection) => objectionRow(objection, names)),
  }
}
