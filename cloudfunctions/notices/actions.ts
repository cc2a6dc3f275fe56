import type { noticesContract } from '../common/contract/notices'
import type { ActionTable, Context, TimerTable } from '../common/handler'
import { AppError } from '../common/errors'
import { mayPublish } from '../common/notices/audience'
import { acknowledgeNotice } from './usecases/acknowledgeNotice'
import { editNotice } from './usecases/editNotice'
import { getManagedNotice } from './usecases/getManagedNotice'
import { listManagedNotices } from './usecases/listManagedNotices'
import { listMyNotices } from './usecases/listMyNotices'
import { mySubscription } from './usecases/mySubscription'
import { noticeOverview } from './usecases/noticeOverview'
import { noticeReceipts } from './usecases/noticeReceipts'
import { openNotice } from './usecases/openNotice'
import { publishNotice } from './usecases/publishNotice'
import { publishOptions } from './usecases/publishOptions'
import { remindUnread } from './usecases/remindUnread'
import { sendMeetingReminders } from './usecases/sendMeetingReminders'
import { subscribe } from './usecases/subscribe'
import { getSubscribeSettings, updateSubscribeSettings } from './usecases/subscribeSettings'
import { withdrawNotice } from './usecases/withdrawNotice'

/**
 * The publishers' actions: secretaries, leaders and admins, and 党委 / 党总支
 * secretaries, who hold a grant rather than a role (`mayPublish`); the use
 * case then asks `publishesTo` where they reach.
 */
const forPublishers =
  <I, O>(run: (ctx: Context, input: I) => Promise<O>) =>
  (ctx: Context, input: I): Promise<O> => {
    if (!mayPublish(ctx.caller.member)) throw new AppError('FORBIDDEN')
    return run(ctx, input)
  }

export const noticesActions: ActionTable<typeof noticesContract> = {
  listMyNotices: { access: 'member', run: listMyNotices },
  noticeOverview: { access: 'member', run: noticeOverview },
  openNotice: { access: 'member', run: openNotice },
  acknowledgeNotice: { access: 'member', run: acknowledgeNotice },
  publishOptions: { access: 'member', run: forPublishers(publishOptions) },
  // resolveAudience refuses non-publishers (FORBIDDEN) with the audience's own checks.
  publishNotice: { access: 'member', run: publishNotice },
  editNotice: { access: 'member', run: forPublishers(editNotice) },
  withdrawNotice: { access: 'member', run: forPublishers(withdrawNotice) },
  listManagedNotices: { access: 'member', run: forPublishers(listManagedNotices) },
  getManagedNotice: { access: 'member', run: forPublishers(getManagedNotice) },
  noticeReceipts: { access: 'member', run: forPublishers(noticeReceipts) },
  remindUnread: { access: 'member', run: forPublishers(remindUnread) },
  mySubscription: { access: 'member', run: mySubscription },
  subscribe: { access: 'member', run: subscribe },
  getSubscribeSettings: { access: 'organisationAdmin', run: getSubscribeSettings },
  updateSubscribeSettings: { access: 'organisationAdmin', run: updateSubscribeSettings },
}

/** Names match `triggers` in config.json. */
export const noticesTimers: TimerTable = {
  sendMeetingReminders,
}
