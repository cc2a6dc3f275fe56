import type { ReceiptPerson } from '../common/contract'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { NoticeAckDoc, NoticeDoc, NoticeReadDoc } from '../common/db/models/notices'
import { acksOfNotice, activeMembersOf, readsOfNotice } from '../common/notices/store'

export interface ReceiptRow {
  member: MemberDoc
  read?: NoticeReadDoc
  ack?: NoticeAckDoc
}

const membersByIds = async (db: Database, ids: readonly string[]): Promise<MemberDoc[]> => {
  if (!ids.length) return []
  const _ = db.command
  const { data } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ _id: _.in([...ids]) })
    .limit(1000)
    .get()
  return data
}

/**
 * Who the notice reached in the given branches: today's active members, plus
 * anyone who read it there and has since moved or left (their read still counts).
 */
export const receiptRows = async (
  db: Database,
  notice: NoticeDoc,
  branchIds: readonly string[],
): Promise<ReceiptRow[]> => {
  const [members, reads, acks] = await Promise.all([
    activeMembersOf(db, branchIds),
    readsOfNotice(db, notice._id),
    acksOfNotice(db, notice._id),
  ])
  const inScope = (doc: { branchId: string }) => branchIds.includes(doc.branchId)
  const readBy = new Map(reads.filter(inScope).map((read) => [read.memberId, read]))
  const ackBy = new Map(acks.filter(inScope).map((ack) => [ack.memberId, ack]))
  const present = new Set(members.map((member) => member._id))
  const departed = await membersByIds(
    db,
    [...readBy.keys()].filter((memberId) => !present.has(memberId)),
  )
  return [...members, ...departed].map((member) => ({
    member,
    read: readBy.get(member._id),
    ack: ackBy.get(member._id),
  }))
}

export const isUnread = (row: ReceiptRow): boolean => !row.read && !row.ack

export const toPerson = (row: ReceiptRow, branchNames: ReadonlyMap<string, string>): ReceiptPerson => ({
  memberId: row.member._id,
  name: row.member.name,
  branchName: branchNames.get(row.member.branchId) ?? '',
  readAt: row.read ? new Date(row.read.readAt).toISOString() : row.ack ? new Date(row.ack.ackedAt).toISOString() : null,
  ackedAt: row.ack ? new Date(row.ack.ackedAt).toISOString() : null,
})
