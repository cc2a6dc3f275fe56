import { collections } from '../../../common/db/collections'
import type { Database } from '../../../common/db/database'
import { ROW_LIMIT } from './shared'

export interface MemberRow {
  _id: string
  name: string
  groupId: string | null
}

/** The branch's active members (name and group only): the head count and the drill-down's rows. */
export const activeMembers = async (db: Database, branchId: string): Promise<MemberRow[]> => {
  const { list } = await db
    .collection<MemberRow>(collections.members.name)
    .aggregate()
    .match({ branchId, status: 'active' })
    .project({ name: 1, groupId: 1 })
    .sort({ name: 1 })
    .limit(ROW_LIMIT)
    .end()
  return list
}
