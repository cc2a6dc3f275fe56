import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import { listBranchDocs } from '../../cloudfunctions/common/db/members'
import {
  noticeDoc,
  noticeVersionDoc,
  type NoticeDoc,
  type NoticeSettingsDoc,
  type NoticeVersionDoc,
} from '../../cloudfunctions/common/db/models/notices'
import { SETTINGS_ID } from '../../cloudfunctions/common/notices/ids'
import { MEMBERS_PER_BRANCH, demoMembers } from './organisation'

/**
 * Notices demo data: subscribe-message settings naming the local templates
 * (the local openapi records messages in the outbox whatever the id), and two
 * published notices so the 通知 tab and 首页 are not empty on first start.
 */
export const LOCAL_TEMPLATES = {
  notice: 'local-tmpl-notice',
  reminder: 'local-tmpl-reminder',
  meeting: 'local-tmpl-meeting',
  leave: 'local-tmpl-leave',
  birthday: 'local-tmpl-birthday',
} as const

const DAY = 24 * 3600 * 1000

const settings = (now: Date): NoticeSettingsDoc => ({
  _id: SETTINGS_ID,
  templates: { ...LOCAL_TEMPLATES },
  leadMinutes: 60,
  updatedAt: now,
  updatedBy: 'system',
})

export const notice = (
  fields: Pick<NoticeDoc, '_id' | 'title' | 'body' | 'pinned' | 'scope' | 'branchIds' | 'publishedAt'>,
  publisher: { _id: string; name: string },
): NoticeDoc =>
  noticeDoc(
    {
      kind: 'general',
      attachments: [],
      requiresAck: false,
      event: null,
      recipientCount: fields.branchIds.length * MEMBERS_PER_BRANCH,
      ...fields,
    },
    { ...publisher, branchId: 'b1' },
  )

const nameOf = (memberId: string, now: Date) => demoMembers(now).find((member) => member._id === memberId)?.name ?? ''

const demoNotices = (now: Date, branchIds: string[]): NoticeDoc[] => [
  notice(
    {
      _id: 'n-demo-org-study',
      title: '关于开展本季度理论学习的通知',
      body: '# 学习安排\n各党支部：\n请组织党员利用“学习”栏目完成本季度理论学习，**每位党员不少于 6 篇**。\n- 学习材料见“学习”页\n- 学习心得可在线提交，由支部书记审核\n\n党委组织部',
      pinned: true,
      scope: 'organisation',
      branchIds,
      publishedAt: new Date(now.getTime() - 3 * DAY),
    },
    { _id: 'm004', name: nameOf('m004', now) },
  ),
  notice(
    {
      _id: 'n-demo-b1-dues',
      title: '本月党费收缴提醒',
      body: '第一支部全体党员：\n请于本月 25 日前按标准交纳党费，如有疑问请联系支部组织委员。',
      pinned: false,
      scope: 'branch',
      branchIds: ['b1'],
      publishedAt: new Date(now.getTime() - DAY),
    },
    { _id: 'm001', name: nameOf('m001', now) },
  ),
]

/** The first version of a seeded notice, as publishing writes it. */
export const versionOf = (doc: NoticeDoc): NoticeVersionDoc =>
  noticeVersionDoc(doc, { _id: doc.publisherId, name: doc.publisherName }, doc.publishedAt)

export const seedNotices = async (db: Database, now: Date): Promise<void> => {
  await db.collection(collections.noticeSettings.name).add({ data: settings(now) })
  const notices = demoNotices(
    now,
    (await listBranchDocs(db)).map((branch) => branch._id),
  )
  await db.collection(collections.notices.name).add({ data: notices })
  await db.collection(collections.noticeVersions.name).add({ data: notices.map(versionOf) })
}
