import type { TalkCoverage } from '../../common/contract/review'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { readsCommitteeRecords } from '../../common/rules/access'
import { branchCoverage } from '../coverage'
import { placeOf } from '../../common/db/units'

/** Who the secretary has not talked with yet this year, and which committee pairs have not met. */
export const talkCoverage = async (
  { db, caller }: Context,
  input: { branchId: string; year: number },
): Promise<TalkCoverage> => {
  if (!readsCommitteeRecords(caller.member, await placeOf(db, caller.member, input.branchId)))
    throw new AppError('TALK_FORBIDDEN')
  return (await branchCoverage(db, input.branchId, input.year)).coverage
}
