import type { MyReview, SelfAssessmentInput } from '../../common/contract/review'
import type { Context } from '../../common/handler'
import { assertVoting } from '../rules/phase'
import { sheetIn, writeSheet } from '../sheets'
import { visibleReview } from '../store'

/** 自评 and the member's own grade for themself; rewritable until voting closes. */
export const submitSelfAssessment = async (
  { db, caller, now }: Context,
  input: SelfAssessmentInput,
): Promise<MyReview['self']> => {
  const review = await visibleReview(db, caller.member, input.reviewId)
  assertVoting(review, caller.member._id, now)
  await db.runTransaction(async (tx) => {
    const sheet = await sheetIn(tx, review, caller.member._id)
    await writeSheet(tx, { ...sheet, selfText: input.text, selfGrade: input.grade, selfAt: now })
  })
  return { text: input.text, grade: input.grade, submittedAt: now.toISOString() }
}
