import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { NoticeDoc } from '../common/db/models/notices'
import { AppError } from '../common/errors'
import { managesNotice } from '../common/notices/audience'
import { getNotice } from '../common/notices/store'
import { missing } from '../common/rules/access'

/** A notice the caller may edit, withdraw and remind about; others' notices answer as missing. */
export const getManageableNotice = async (db: Database, member: MemberDoc, noticeId: string): Promise<NoticeDoc> => {
  const notice = await getNotice(db, noticeId)
  if (!managesNotice(member, notice)) throw missing('notice')
  return notice
}

export const assertPublished = (notice: NoticeDoc): void => {
  if (notice.status !== 'published') throw new AppError('NOTICE_WITHDRAWN', '该通知已撤回，不能再修改或提醒')
}
