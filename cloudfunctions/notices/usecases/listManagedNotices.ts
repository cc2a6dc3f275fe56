import type { ManagedNotice } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { listBranchDocs } from '../../common/db/members'
import type { MemberDoc } from '../../common/db/models/members'
import type { NoticeDoc } from '../../common/db/models/notices'
import { placesOf } from '../../common/db/units'
import { branchNameMap, receiptCounts } from '../../common/notices/store'
import { publishesOrganisation, publishesTo } from '../../common/notices/audience'
import { toManaged } from '../views'

const PAGE_SIZE = 20

/**
 * Which notices the caller's list holds: every one for those who address the
 * whole organisation; else those addressed to a branch they address (their
 * subtree as a leader, admin or unit secretary, their branch as its
 * secretary) or to their own branch.
 */
const listFilter = async (db: Database, member: MemberDoc) => {
  if (publishesOrganisation(member)) return {}
  const branches = member.grants?.length ? await listBranchDocs(db) : []
  const addressed = branches.filter((branch) => publishesTo(member, branch)).map((branch) => branch._id)
  return { branchIds: db.command.in([...new Set([member.branchId, ...addressed])]) }
}

/** 通知管理: the notices addressed inside the caller's reach, newest first, withdrawn ones included. */
export const listManagedNotices = async (
  { db, caller }: Context,
  input: { offset?: number },
): Promise<{ items: ManagedNotice[]; hasMore: boolean }> => {
  const { data } = await db
    .collection<NoticeDoc>(collections.notices.name)
    .where(await listFilter(db, caller.member))
    .orderBy('publishedAt', 'desc')
    .skip(input.offset ?? 0)
    .limit(PAGE_SIZE + 1)
    .get()
  const page = data.slice(0, PAGE_SIZE)
  const [counts, branchNames, places] = await Promise.all([
    receiptCounts(
      db,
      page.map((notice) => notice._id),
    ),
    branchNameMap(db),
    placesOf(
      db,
      caller.member,
      page.flatMap((notice) => notice.branchIds),
    ),
  ])
  const items = page.map((notice) =>
    toManaged(
      notice,
      branchNames,
      { read: counts.reads.get(notice._id) ?? 0, acked: counts.acks.get(notice._id) ?? 0 },
      caller.member,
      places,
    ),
  )
  return { items, hasMore: data.length > PAGE_SIZE }
}
