import type { MemberHistoryEntry } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import { getMember } from '../../common/db/members'
import type { MemberHistoryDoc } from '../../common/db/models/members'

export const memberHistory = async ({ db }: Context, input: { memberId: string }): Promise<MemberHistoryEntry[]> => {
  await getMember(db, input.memberId)
  const { data } = await db
    .collection<MemberHistoryDoc>(collections.memberHistory.name)
    .where({ memberId: input.memberId })
    .orderBy('at', 'desc')
    .limit(200)
    .get()
  return data.map(({ at, by, change, from, to }) => ({ at: new Date(at).toISOString(), by, change, from, to }))
}
