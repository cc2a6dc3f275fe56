import type { MySubscription } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError, isDuplicateKeyError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { SubscriptionDoc } from '../../common/db/models/notices'
import { subscriptionId } from '../../common/notices/ids'
import { MESSAGE_KINDS } from '../../common/contract/noticeLimits'
import { readSettings } from '../../common/notices/settings'
import { describeSubscription } from './mySubscription'

/** WeChat keeps accepting one-time subscriptions; a bound keeps a stuck client from inflating the count without limit. */
export const MAX_CREDITS = 50

/** One more credit, created on first subscription; an update that finds nothing falls back to creating the document. */
const addCredit = async (db: Database, memberId: string, templateId: string, now: Date): Promise<void> => {
  const _ = db.command
  const _id = subscriptionId(memberId, templateId)
  const subscriptions = db.collection<SubscriptionDoc>(collections.noticeSubscriptions.name)
  for (let attempt = 0; attempt < 3; attempt++) {
    const { stats } = await subscriptions
      .where({ _id, credits: _.lt(MAX_CREDITS) })
      .update({ data: { credits: _.inc(1), updatedAt: now } })
    if (stats.updated === 1) return
    if ((await subscriptions.where({ _id }).count()).total > 0) return // at the bound already
    try {
      await subscriptions.add({ data: { _id, memberId, templateId, credits: 1, updatedAt: now } })
      return
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error // a parallel first subscription created it: add to it
    }
  }
}

/**
 * Records the templates the member accepted in `requestSubscribeMessage`
 * (weapp), or confirmed on the h5 page: one more one-time credit each.
 */
export const subscribe = async (
  { db, caller, now }: Context,
  input: { templateIds: string[] },
): Promise<MySubscription> => {
  const settings = await readSettings(db)
  const configured = new Set(MESSAGE_KINDS.map((kind) => settings.templates[kind]).filter(Boolean))
  if (!configured.size) throw new AppError('NOTICE_SUBSCRIBE_UNCONFIGURED')
  const accepted = [...new Set(input.templateIds)]
  if (accepted.some((templateId) => !configured.has(templateId))) throw new AppError('NOTICE_TEMPLATE_UNKNOWN')
  for (const templateId of accepted) await addCredit(db, caller.member._id, templateId, now)
  return describeSubscription(db, caller.member._id, settings)
}
