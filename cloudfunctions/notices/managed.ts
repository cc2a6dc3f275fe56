import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { NoticeDoc } from '../common/db/models/notices'
import { AppError } from '../common/errors'
import { managesNotice, type BranchPlaces } from '../common/notices/audience'
import { getNotice } from '../common/notices/store'
import { placesOf } from '../common/db/units'
import { missing } from '../common/rules/access'

/** A notice and where its branches hang, for the caller's rules. */
export interface PlacedNotice {
  notice: NoticeDoc
  places: BranchPlaces
}

/** A notice with its branches' places (read only when the caller has grants: `placesOf`). */
export const placedNotice = async (db: Database, member: MemberDoc, noticeId: string): Promise<PlacedNotice> => {
  const notice = await getNotice(db, noticeId)
  return { notice, places: await placesOf(db, member, notice.branchIds) }
}

/** A notice the caller may edit, withdraw and remind about; others' notices answer as missing. */
export const getManageableNotice = async (db: Database, member: MemberDoc, noticeId: string): Promise<PlacedNotice> => {
  const placed = await placedNotice(db, member, noticeId)
  if (!managesNotice(member, placed.notice, placed.places)) throw missing('notice')
  return placed
}

export const assertPublished = (notice: NoticeDoc): void => {
  if (notice.status !== 'published') throw new AppError('NOTICE_WITHDRAWN', '该通知已撤回，不能再修改或提醒')
}
