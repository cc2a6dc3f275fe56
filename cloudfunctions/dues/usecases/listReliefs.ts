import type { ReliefView, duesContract } from '../../common/contract/dues'
import type { ParsedInputOf } from '../../common/contract/define'
import { collections } from '../../common/db/collections'
import type { DuesReliefDoc } from '../../common/db/models/dues'
import type { MemberDoc } from '../../common/db/models/members'
import type { Context } from '../../common/handler'
import { administers, administersOrganisation, assertManagesBranch } from '../../common/rules/access'
import { reliefView } from '../views'
import { placeOf } from '../../common/db/units'

/** Reliefs to decide (the admin, any branch) or a branch's own (its secretary). */
export const listReliefs = async (
  { db, caller }: Context,
  { status, branchId }: ParsedInputOf<typeof duesContract.listReliefs>,
): Promise<ReliefView[]> => {
  // The whole organisation's admin may list every branch's; any other caller names a branch they manage or administer.
  const wholeTree = administersOrganisation(caller.member)
  const branch = wholeTree ? branchId : (branchId ?? caller.member.branchId)
  if (branch && !wholeTree && !administers(caller.member, await placeOf(db, caller.member, branch)))
    assertManagesBranch(caller.member, branch)
  const { data } = await db
    .collection<DuesReliefDoc>(collections.duesReliefs.name)
    .where({ ...(status ? { status } : {}), ...(branch ? { branchId: branch } : {}) })
    .orderBy('proposedAt', 'desc')
    .limit(200)
    .get()
  const _ = db.command
  const ids = [...new Set(data.map((doc) => doc.memberId))]
  const { data: members } = ids.length
    ? await db
        .collection<MemberDoc>(collections.members.name)
        .where({ _id: _.in(ids) })
        .limit(1000)
        .get()
    : { data: [] as MemberDoc[] }
  const names = new Map(members.map((member) => [member._id, member.name]))
  return data.map((doc) => reliefView(doc, names.get(doc.memberId) ?? ''))
}
