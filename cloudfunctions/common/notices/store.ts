import { collections } from '../db/collections'
import type { Database } from '../db/database'
import { listBranchDocs } from '../db/members'
import type { MemberDoc } from '../db/models/members'
import type { NoticeAckDoc, NoticeDoc, NoticeReadDoc } from '../db/models/notices'
import { missing } from '../rules/access'

/** Reads of the notices domain that several use cases (and the events function) share. */

/** The cloud database answers `in` queries of at most this many values comfortably. */
const IN_CHUNK = 100

export const findNotice = async (db: Database, noticeId: string): Promise<NoticeDoc | null> => {
  const { data } = await db.collection<NoticeDoc>(collections.notices.name).where({ _id: noticeId }).limit(1).get()
  return data[0] ?? null
}

/** Missing and not-yours look the same, so a notice's existence does not leak across branches. */
export const getNotice = async (db: Database, noticeId: string): Promise<NoticeDoc> => {
  const notice = await findNotice(db, noticeId)
  if (!notice) throw missing('notice')
  return notice
}

export const branchNameMap = async (db: Database): Promise<Map<string, string>> =>
  new Map((await listBranchDocs(db)).map((branch) => [branch._id, branch.name]))

/** Active members of the given branches, by name. */
export const activeMembersOf = async (db: Database, branchIds: readonly string[]): Promise<MemberDoc[]> => {
  if (!branchIds.length) return []
  const _ = db.command
  const { data } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ branchId: _.in([...branchIds]), status: 'active' })
    .orderBy('name', 'asc')
    .limit(1000)
    .get()
  return data
}

export const countActiveMembersOf = async (db: Database, branchIds: readonly string[]): Promise<number> => {
  const _ = db.command
  const { total } = await db
    .collection(collections.members.name)
    .where({ branchId: _.in([...branchIds]), status: 'active' })
    .count()
  return total
}

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / IN_CHUNK) }, (_, index) =>
    items.slice(index * IN_CHUNK, (index + 1) * IN_CHUNK),
  )

/** Every read (or 签阅) of one notice; a notice's audience is at most a few thousand members. */
const allOfNotice = async <T>(db: Database, collection: string, noticeId: string): Promise<T[]> => {
  const found: T[] = []
  for (;;) {
    const { data } = await db.collection<T>(collection).where({ noticeId }).skip(found.length).limit(1000).get()
    found.push(...data)
    if (data.length < 1000) return found
  }
}

export const readsOfNotice = (db: Database, noticeId: string) =>
  allOfNotice<NoticeReadDoc>(db, collections.noticeReads.name, noticeId)

export const acksOfNotice = (db: Database, noticeId: string) =>
  allOfNotice<NoticeAckDoc>(db, collections.noticeAcks.name, noticeId)

/** The caller's reads (or 签阅) among the given notices, keyed by notice id. */
const mineAmong = async <T extends { noticeId: string }>(
  db: Database,
  collection: string,
  memberId: string,
  noticeIds: readonly string[],
): Promise<Map<string, T>> => {
  const _ = db.command
  const found = new Map<string, T>()
  for (const ids of chunks(noticeIds)) {
    const { data } = await db
      .collection<T>(collection)
      .where({ memberId, noticeId: _.in(ids) })
      .limit(1000)
      .get()
    data.forEach((doc) => found.set(doc.noticeId, doc))
  }
  return found
}

export const myReadsAmong = (db: Database, memberId: string, noticeIds: readonly string[]) =>
  mineAmong<NoticeReadDoc>(db, collections.noticeReads.name, memberId, noticeIds)

export const myAcksAmong = (db: Database, memberId: string, noticeIds: readonly string[]) =>
  mineAmong<NoticeAckDoc>(db, collections.noticeAcks.name, memberId, noticeIds)

/** Read and 签阅 counts of several notices, counted in the database. */
export const receiptCounts = async (
  db: Database,
  noticeIds: readonly string[],
): Promise<{ reads: Map<string, number>; acks: Map<string, number> }> => {
  const count = async (collection: string) => {
    const counts = new Map<string, number>()
    if (!noticeIds.length) return counts
    const _ = db.command
    const $ = (db.command as unknown as { aggregate: { sum: (value: unknown) => unknown } }).aggregate
    const { list } = await db
      .collection(collection)
      .aggregate()
      .match({ noticeId: _.in([...noticeIds]) })
      .group({ _id: '$noticeId', count: $.sum(1) })
      .end()
    list.forEach((row) => counts.set(String(row._id), Number(row.count)))
    return counts
  }
  const [reads, acks] = await Promise.all([count(collections.noticeReads.name), count(collections.noticeAcks.name)])
  return { reads, acks }
}
