import type { TalkRow } from '../../common/contract/review'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { readsCommitteeRecords } from '../../common/rules/access'
import { talksOfYear } from '../coverage'
import { namesOf } from '../store'
import { talkRow } from '../views'
import { placeOf } from '../../common/db/units'

/** A branch's 谈心谈话 of a year, newest first: its committee and the leaders only. */
export const listTalks = async (
  { db, caller }: Context,
  input: { branchId: string; year: number },
): Promise<TalkRow[]> => {
  if (!readsCommitteeRecords(caller.member, await placeOf(db, caller.member, input.branchId)))
    throw new AppError('TALK_FORBIDDEN')
  const talks = await talksOfYear(db, input.branchId, input.year)
  const names = await namesOf(
    db,
    talks.flatMap((talk) => [talk.byId, talk.withId]),
  )
  return talks.map((talk) => talkRow(talk, names))
}
