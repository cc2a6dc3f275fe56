import type { NoticeOverview } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { NoticeDoc } from '../../common/db/models/notices'
import { branchNameMap } from '../../common/notices/store'
import { summariesFor, unreadCount } from '../inbox'

const LATEST = 3

/** 首页 and the tab badge: the unread count and the three newest notices (pinned or not). */
export const noticeOverview = async ({ db, caller }: Context): Promise<NoticeOverview> => {
  const [{ data: latest }, unread, branchNames] = await Promise.all([
    db
      .collection<NoticeDoc>(collections.notices.name)
      .where({ branchIds: caller.member.branchId, status: 'published' })
      .orderBy('publishedAt', 'desc')
      .limit(LATEST)
      .get(),
    unreadCount(db, caller.member),
    branchNameMap(db),
  ])
  return { unread, latest: await summariesFor(db, caller.member, latest, branchNames) }
}
