import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import { memberNames } from '../common/db/members'
import type {
  BallotDoc,
  ObjectionDoc,
  ReviewDoc,
  ReviewKeyDoc,
  ReviewSheetDoc,
  TalkDoc,
} from '../common/db/models/review'
import { readsBranch, visibleOrMissing } from '../common/rules/access'
import { placeOf } from '../common/db/units'

/** The review function's collections and reads. */

export const reviewsOf = (db: Database) => db.collection<ReviewDoc>(collections.reviews.name)
export const keysOf = (db: Database) => db.collection<ReviewKeyDoc>(collections.reviewKeys.name)
export const sheetsOf = (db: Database) => db.collection<ReviewSheetDoc>(collections.reviewSheets.name)
export const ballotsOf = (db: Database) => db.collection<BallotDoc>(collections.reviewBallots.name)
export const objectionsOf = (db: Database) => db.collection<ObjectionDoc>(collections.reviewObjections.name)
export const talksOf = (db: Database) => db.collection<TalkDoc>(collections.talks.name)

export const first = async <T>(query: { get(): Promise<{ data: T[] }> }): Promise<T | null> =>
  (await query.get()).data[0] ?? null

export const findReview = (db: Database, reviewId: string) => first(reviewsOf(db).where({ _id: reviewId }).limit(1))

/** A review the caller's branch (or an org-wide reader) may see; any other answers as missing. */
export const visibleReview = async (db: Database, member: MemberDoc, reviewId: string): Promise<ReviewDoc> => {
  const review = await findReview(db, reviewId)
  const place = review && (await placeOf(db, member, review.branchId))
  return visibleOrMissing('review', review, () => !!place && readsBranch(member, place))
}

export const sheetsOfReview = async (db: Database, reviewId: string): Promise<ReviewSheetDoc[]> =>
  (await sheetsOf(db).where({ reviewId }).limit(1000).get()).data

export const objectionsOfReview = async (db: Database, reviewId: string): Promise<ObjectionDoc[]> =>
  (await objectionsOf(db).where({ reviewId }).orderBy('at', 'asc').limit(1000).get()).data

export const namesOf = memberNames

export const refOf = (names: Map<string, string>, id: string) => ({ id, name: names.get(id) ?? '（已删除）' })
