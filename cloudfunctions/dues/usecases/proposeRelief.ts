import type { ReliefView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import { getMember } from '../../common/db/members'
import type { DuesReliefDoc } from '../../common/db/models/dues'
import { oncePerRequest } from '../../common/db/requests'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { assertManagesRecord } from '../../common/rules/access'
import { monthsFromTo } from '../rules/arrears'
import { reliefView } from '../views'
import { homePlace } from '../../common/db/models/units'

type Input = ParsedInputOf<typeof duesContract.proposeRelief>

const assertTerms = (input: Input): void => {
  if (input.toMonth < input.fromMonth || monthsFromTo(input.fromMonth, input.toMonth).length > 12)
    throw new AppError('DUES_RELIEF_PERIOD', undefined, 'toMonth')
  if (input.kind === 'reduce' && input.amountFen === undefined)
    throw new AppError('INVALID_INPUT', '请填写减缴后每月应缴金额', 'amountFen')
}

/** The branch decides on hardship: its secretary proposes an exemption or reduction with a reason and a period. */
export const proposeRelief = async ({ db, caller, now }: Context, input: Input): Promise<ReliefView> => {
  assertTerms(input)
  const member = await getMember(db, input.memberId)
  assertManagesRecord(caller.member, 'member', homePlace(member), '只有本支部书记可以提出减免')
  const relief = await oncePerRequest<DuesReliefDoc>(
    db,
    {
      collection: collections.duesReliefs.name,
      prefix: 'r',
      ownerId: caller.member._id,
      requestId: input.requestId,
      isOwners: (doc) => doc.proposedBy === caller.member._id,
    },
    async (id) => {
      const doc: DuesReliefDoc = {
        _id: id,
        memberId: member._id,
        branchId: member.branchId,
        kind: input.kind,
        amountFen: input.kind === 'reduce' ? (input.amountFen ?? 0) : 0,
        fromMonth: input.fromMonth,
        toMonth: input.toMonth,
        reason: input.reason,
        status: 'proposed',
        proposedBy: caller.member._id,
        proposedAt: now,
        decidedBy: null,
        decidedAt: null,
        decisionNote: '',
      }
      await db.collection(collections.duesReliefs.name).add({ data: doc })
      return doc
    },
  )
  return reliefView(relief, member.name)
}
