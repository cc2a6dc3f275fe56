import type { MyNotices } from '../../common/contract'
import type { Context } from '../../common/handler'
import { branchNameMap } from '../../common/notices/store'
import { inboxPage, summariesFor, unreadCount } from '../inbox'

const PAGE_SIZE = 20

/** 通知 tab: one page of the notices addressed to the caller, with the unread count for the badge. */
export const listMyNotices = async ({ db, caller }: Context, input: { offset?: number }): Promise<MyNotices> => {
  const offset = input.offset ?? 0
  const [page, unread, branchNames] = await Promise.all([
    inboxPage(db, caller.member, offset, PAGE_SIZE + 1),
    unreadCount(db, caller.member),
    branchNameMap(db),
  ])
  const items = await summariesFor(db, caller.member, page.slice(0, PAGE_SIZE), branchNames)
  return { items, unread, hasMore: page.length > PAGE_SIZE }
}
