import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { NoticeDoc } from '../common/db/models/notices'
import { AppError } from '../common/errors'
import { getNotice } from '../common/notices/store'
import { missing } from '../common/rules/access'

/**
 * A notice addressed to this member. Another branch's notice answers exactly
 * like a missing one, so its existence does not leak; a withdrawn notice of
 * the member's own branch says so.
 */
export const getAddressedNotice = async (db: Database, member: MemberDoc, noticeId: string): Promise<NoticeDoc> => {
  const notice = await getNotice(db, noticeId)
  if (!notice.branchIds.includes(member.branchId)) throw missing('notice')
  if (notice.status !== 'published') throw new AppError('NOTICE_WITHDRAWN')
  return notice
}
