import type { MemberHistoryEntry, RosterEntry } from '../common/contract'
import type { BoundCaller } from '../common/caller'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import { findBranch, getAdministeredMember } from '../common/db/members'
import type { MemberDoc } from '../common/db/models/members'
import { toRosterEntry } from './views'

interface MemberChange {
  memberId: string
  /** The fields to write and how the history reads; null when nothing changes (nothing is written). */
  apply: (member: MemberDoc) => {
    update: Partial<MemberDoc>
    kind: MemberHistoryEntry['change']
    from: string
    to: string
  } | null
}

/** An admin's change to a roster entry of their subtree, written with its history entry in one transaction. */
export const changeMember = async (
  db: Database,
  caller: BoundCaller,
  now: Date,
  change: MemberChange,
): Promise<RosterEntry> => {
  const before = await getAdministeredMember(db, caller.member, change.memberId)
  const applied = change.apply(before)
  if (!applied) return toRosterEntry(before, (await findBranch(db, before.branchId)) ?? undefined, true)
  const { update, kind, from, to } = applied
  await db.runTransaction(async (tx) => {
    await tx.collection(collections.members.name).doc(before._id).update({ data: update })
    await tx
      .collection(collections.memberHistory.name)
      .add({ data: { memberId: before._id, at: now, by: caller.member._id, change: kind, from, to } })
  })
  const after = { ...before, ...update }
  return toRosterEntry(after, (await findBranch(db, after.branchId)) ?? undefined, true)
}
