import type { Transaction } from '../common/db/database'
import { collections } from '../common/db/collections'
import { sheetDoc, sheetId, type ReviewDoc, type ReviewSheetDoc } from '../common/db/models/review'
import { readInTransaction } from '../common/points/txRead'

/** A member's sheet in a transaction; a member who has done nothing yet has none. */
export const sheetIn = async (tx: Transaction, review: ReviewDoc, memberId: string): Promise<ReviewSheetDoc> =>
  (await readInTransaction<ReviewSheetDoc>(tx, collections.reviewSheets.name, sheetId(review._id, memberId))) ??
  sheetDoc(review, memberId)

export const writeSheet = async (tx: Transaction, sheet: ReviewSheetDoc): Promise<void> => {
  const { _id, ...fields } = sheet
  await tx.collection(collections.reviewSheets.name).doc(_id).set({ data: fields })
}
