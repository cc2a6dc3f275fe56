import type { ReliefView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import { getMember } from '../../common/db/members'
import type { DuesReliefDoc } from '../../common/db/models/dues'
import { AppError } from '../../common/errors'
import type { Context } from '../../common/handler'
import { placeOf } from '../../common/db/units'
import { administers, visibleOrMissing } from '../../common/rules/access'
import { reliefView } from '../views'

/** The organisation (admin) approves or rejects a proposed relief; only a proposed one is decided, once. */
export const decideRelief = async (
  { db, caller, now }: Context,
  { reliefId, approve, note }: ParsedInputOf<typeof duesContract.decideRelief>,
): Promise<ReliefView> => {
  const reliefs = db.collection<DuesReliefDoc>(collections.duesReliefs.name)
  // An admin decides the reliefs of the branches they administer; any other answers as missing.
  const proposed = (await reliefs.where({ _id: reliefId }).limit(1).get()).data[0]
  const place = proposed && (await placeOf(db, caller.member, proposed.branchId))
  visibleOrMissing('entry', proposed, () => !!place && administers(caller.member, place))
  const decision = {
    status: approve ? ('approved' as const) : ('rejected' as const),
    decidedBy: caller.member._id,
    decidedAt: now,
    decisionNote: note ?? '',
  }
  const { stats } = await reliefs.where({ _id: reliefId, status: 'proposed' }).update({ data: decision })
  const { data } = await reliefs.where({ _id: reliefId }).limit(1).get()
  if (stats.updated !== 1 && data[0].status !== decision.status) throw new AppError('DUES_RELIEF_DECIDED')
  const member = await getMember(db, data[0].memberId)
  return reliefView(data[0], member.name)
}
