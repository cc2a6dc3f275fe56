import type { GrantResult } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { getMember } from '../../common/db/members'
import { assertManagesOrAdministers } from '../../common/rules/access'
import { grantPointsNow } from '../../common/points/grantPoints'
import { homePlace } from '../../common/db/models/units'

interface AwardInput {
  memberId: string
  points: number
  reason: string
  /** Chosen by the client once per form submission, so a double tap awards once. */
  requestId: string
}

/** A manual award or deduction: the secretary for their own branch, or the admin for anyone. Audited by the entry itself. */
export const awardManually = async ({ db, caller, now }: Context, input: AwardInput): Promise<GrantResult> => {
  const member = await getMember(db, input.memberId)
  const me = caller.member
  assertManagesOrAdministers(me, 'member', homePlace(member), '只能给本支部党员手动记分')
  if (member.status !== 'active') throw new AppError('POINTS_MEMBER_INACTIVE')
  const outcome = await grantPointsNow(
    db,
    {
      memberId: member._id,
      branchId: member.branchId,
      category: 'manual',
      points: input.points,
      key: `manual:${me._id}:${input.requestId}`,
      reason: input.reason,
      source: { kind: 'manual', id: input.requestId },
      createdBy: me._id,
    },
    now,
  )
  return { status: outcome.status, points: outcome.points, message: outcome.message ?? null }
}
