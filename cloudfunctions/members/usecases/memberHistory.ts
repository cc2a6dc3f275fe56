import type { MemberHistoryEntry } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import { getAdministeredMember } from '../../common/db/members'
import type { MemberDoc, MemberHistoryDoc } from '../../common/db/models/members'

/** A roster entry's changes, newest first, with who made each one by name. */
export const memberHistory = async (
  { db, caller }: Context,
  input: { memberId: string },
): Promise<MemberHistoryEntry[]> => {
  await getAdministeredMember(db, caller.member, input.memberId)
  const { data } = await db
    .collection<MemberHistoryDoc>(collections.memberHistory.name)
    .where({ memberId: input.memberId })
    .orderBy('at', 'desc')
    .limit(200)
    .get()
  const actorIds = [...new Set(data.map((entry) => entry.by))]
  const { data: actors } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ _id: db.command.in(actorIds) })
    .field({ name: true })
    .limit(200)
    .get()
  const names = new Map(actors.map((actor) => [actor._id, actor.name]))
  return data.map(({ at, by, change, from, to }) => ({
    at: new Date(at).toISOString(),
    by: names.get(by) ?? by,
    change,
    from,
    to,
  }))
}
