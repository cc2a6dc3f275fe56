import { useState } from 'react'
import type { ManagedNotice } from '@contract'
import { listManagedNotices } from '@/api/notices'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'
import { useReloadOnShow } from './useNoticeOverview'

interface MorePages {
  items: ManagedNotice[]
  hasMore: boolean
}

/** 通知管理: the notices the caller published or oversees, newest first, with read and 签阅 counts. */
export function useManagedNotices() {
  const state = useRequest(() => listManagedNotices(0, { silent: true }), [], { pullDownRefresh: true })
  const [more, setMore] = useState<MorePages | null>(null)
  useReloadOnShow(async () => {
    setMore(null)
    await state.reload()
  })

  const items = [...(state.data?.items ?? []), ...(more?.items ?? [])]
  const hasMore = more ? more.hasMore : Boolean(state.data?.hasMore)

  /** The transport toasts a failure. */
  const nextPage = useSubmit(() => listManagedNotices(items.length), {
    onDone: (page) =>
      setMore((previous) => ({ items: [...(previous?.items ?? []), ...page.items], hasMore: page.hasMore })),
  })

  return { ...state, items, hasMore, loadMore: nextPage.run, loadingMore: nextPage.running }
}
