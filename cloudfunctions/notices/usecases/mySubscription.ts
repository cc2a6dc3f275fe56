import type { MySubscription } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { SubscriptionDoc } from '../../common/db/models/notices'
import { MESSAGE_KINDS } from '../../common/contract/noticeLimits'
import { readSettings, type NoticeSettings } from '../../common/notices/settings'

export const describeSubscription = async (
  db: Database,
  memberId: string,
  settings: NoticeSettings,
): Promise<MySubscription> => {
  const { data } = await db
    .collection<SubscriptionDoc>(collections.noticeSubscriptions.name)
    .where({ memberId })
    .limit(100)
    .get()
  const credits = new Map(data.map((doc) => [doc.templateId, doc.credits]))
  return {
    templates: MESSAGE_KINDS.filter((kind) => settings.templates[kind]).map((kind) => ({
      kind,
      templateId: settings.templates[kind],
      credits: credits.get(settings.templates[kind]) ?? 0,
    })),
    leadMinutes: settings.leadMinutes,
  }
}

/** The configured templates (for `requestSubscribeMessage`) and how many messages of each the caller may still receive. */
export const mySubscription = async ({ db, caller }: Context): Promise<MySubscription> =>
  describeSubscription(db, caller.member._id, await readSettings(db))
