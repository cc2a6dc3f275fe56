import type { noticesContract } from '../common/contract/notices'
import type { ActionTable, TimerTable } from '../common/handler'
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

const publishers = ['secretary', 'leader', 'admin'] as const

export const noticesActions: ActionTable<typeof noticesContract> = {
  listMyNotices: { access: 'member', run: listMyNotices },
  noticeOverview: { access: 'member', run: noticeOverview },
  openNotice: { access: 'member', run: openNotice },
  acknowledgeNotice: { access: 'member', run: acknowledgeNotice },
  publishOptions: { access: publishers, run: publishOptions },
  // Also 党委 / 党总支 secretaries, who hold a grant rather than a role: resolveAudience decides.
  publishNotice: { access: 'member', run: publishNotice },
  editNotice: { access: publishers, run: editNotice },
  withdrawNotice: { access: publishers, run: withdrawNotice },
  listManagedNotices: { access: publishers, run: listManagedNotices },
  getManagedNotice: { access: publishers, run: getManagedNotice },
  noticeReceipts: { access: publishers, run: noticeReceipts },
  remindUnread: { access: publishers, run: remindUnread },
  mySubscription: { access: 'member', run: mySubscription },
  subscribe: { access: 'member', run: subscribe },
  getSubscribeSettings: { access: 'organisationAdmin', run: getSubscribeSettings },
  updateSubscribeSettings: { access: 'organisationAdmin', run: updateSubscribeSettings },
}

/** Names match `triggers` in config.json. */
export const noticesTimers: TimerTable = {
  sendMeetingReminders,
}
