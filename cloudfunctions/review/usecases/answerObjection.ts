import type { AnswerObjectionInput, ObjectionRow } from '../../common/contract/review'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { managedReview } from '../managed'
import { first, namesOf, objectionsOf } from '../store'
import { objectionPeople, objectionRow } from '../views'

/**
 * The secretary answers an objection raised during 公示 (and may reword the
 * answer) until the result is final. One document per objection, written by
 * its branch's secretary only: nothing shared, no transaction.
 */
export const answerObjection = async (ctx: Context, input: AnswerObjectionInput): Promise<ObjectionRow> => {
  const { db, caller, now } = ctx
  const { review, phase } = await managedReview(ctx, input.reviewId)
  if (phase === 'final') throw new AppError('REVIEW_FINAL')
  if (phase !== 'publicized') throw new AppError('REVIEW_NOT_PUBLICIZED', '评议结果尚未公示，没有可答复的异议')
  const objection = await first(objectionsOf(db).where({ _id: input.objectionId, reviewId: review._id }).limit(1))
  if (!objection) throw new AppError('REVIEW_OBJECTION_MISSING')
  const answer = { answer: input.answer, answeredBy: caller.member._id, answeredAt: now }
  await objectionsOf(db).doc(objection._id).update({ data: answer })
  const answered = { ...objection, ...answer }
  return objectionRow(answered, await namesOf(db, objectionPeople(answered)))
}
