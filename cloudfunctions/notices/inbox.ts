import type { NoticeSummary } from '../common/contract'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { NoticeDoc } from '../common/db/models/notices'
import { myAcksAmong, myReadsAmong } from '../common/notices/store'
import { toSummary } from './views'

/** A member's inbox: published notices addressed to their branch. Shared by the list, 首页 and the badge. */

/** Unread counting looks at the newest notices only; older ones are long settled. */
const UNREAD_WINDOW = 1000

const addressedTo = (db: Database, member: MemberDoc) =>
  db.collection<NoticeDoc>(collections.notices.name).where({ branchIds: member.branchId, status: 'published' })

/** Pinned first, then newest. */
export const inboxPage = async (
  db: Database,
  member: MemberDoc,
  offset: number,
  size: number,
): Promise<NoticeDoc[]> => {
  const { data } = await addressedTo(db, member)
    .orderBy('pinned', 'desc')
    .orderBy('publishedAt', 'desc')
    .skip(offset)
    .limit(size)
    .get()
  return data
}

export const unreadCount = async (db: Database, member: MemberDoc): Promise<number> => {
  const { data } = await addressedTo(db, member)
    .orderBy('publishedAt', 'desc')
    .field({ _id: true })
    .limit(UNREAD_WINDOW)
    .get()
  const ids = data.map((notice) => notice._id)
  const reads = await myReadsAmong(db, member._id, ids)
  return ids.length - reads.size
}

export const summariesFor = async (
  db: Database,
  member: MemberDoc,
  notices: readonly NoticeDoc[],
  branchNames: ReadonlyMap<string, string>,
): Promise<NoticeSummary[]> => {
  const ids = notices.map((notice) => notice._id)
  const [reads, acks] = await Promise.all([myReadsAmong(db, member._id, ids), myAcksAmong(db, member._id, ids)])
  return notices.map((notice) =>
    toSummary(notice, branchNames, { read: reads.get(notice._id), ack: acks.get(notice._id) }),
  )
}
