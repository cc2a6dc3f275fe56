/** The `notices` cloud function: one thin, typed wrapper per action. */
import type { Payload } from '@contract'
import { callFunction, type CallOptions } from './transport'

export const listMyNotices = (offset = 0, options?: CallOptions) =>
  callFunction('notices', 'listMyNotices', { offset }, options)

export const noticeOverview = (options?: CallOptions) => callFunction('notices', 'noticeOverview', {}, options)

export const openNotice = (noticeId: string, options?: CallOptions) =>
  callFunction('notices', 'openNotice', { noticeId }, options)

export const acknowledgeNotice = (noticeId: string) => callFunction('notices', 'acknowledgeNotice', { noticeId })

export const publishOptions = (options?: CallOptions) => callFunction('notices', 'publishOptions', {}, options)

export const publishNotice = (payload: Payload<'notices', 'publishNotice'>) =>
  callFunction('notices', 'publishNotice', payload)

export const editNotice = (payload: Payload<'notices', 'editNotice'>) => callFunction('notices', 'editNotice', payload)

export const withdrawNotice = (noticeId: string) => callFunction('notices', 'withdrawNotice', { noticeId })

export const listManagedNotices = (offset = 0, options?: CallOptions) =>
  callFunction('notices', 'listManagedNotices', { offset }, options)

export const getManagedNotice = (noticeId: string, options?: CallOptions) =>
  callFunction('notices', 'getManagedNotice', { noticeId }, options)

export const noticeReceipts = (noticeId: string, options?: CallOptions) =>
  callFunction('notices', 'noticeReceipts', { noticeId }, options)

export const remindUnread = (noticeId: string) => callFunction('notices', 'remindUnread', { noticeId })

export const mySubscription = (options?: CallOptions) => callFunction('notices', 'mySubscription', {}, options)

export const subscribe = (templateIds: string[]) => callFunction('notices', 'subscribe', { templateIds })

export const getSubscribeSettings = (options?: CallOptions) =>
  callFunction('notices', 'getSubscribeSettings', {}, options)

export const updateSubscribeSettings = (payload: Payload<'notices', 'updateSubscribeSettings'>) =>
  callFunction('notices', 'updateSubscribeSettings', payload)
