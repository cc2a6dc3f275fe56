import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { NoticeSummary } from '@contract'
import { listMyNotices } from '@/api/notices'
import { ApiError } from '@/api/transport'
import { showUnreadBadge, useReloadOnShow } from './useNoticeOverview'

/** 通知 tab: pages of the caller's notices (pinned first, then newest), the unread count and the badge. */
export function useMyNotices(ready: boolean) {
  const [items, setItems] = useState<NoticeSummary[]>()
  const [unread, setUnread] = useState(0)
  const [hasMore, setHasMore] = useState(false)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<ApiError>()
  const busy = useRef(false)

  const load = useCallback(async (offset: number) => {
    if (busy.current) return
    busy.current = true
    setLoading(true)
    try {
      const page = await listMyNotices(offset, { silent: true })
      setItems((previous) => (offset === 0 ? page.items : [...(previous ?? []), ...page.items]))
      setUnread(page.unread)
      setHasMore(page.hasMore)
      setError(undefined)
      showUnreadBadge(page.unread)
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError('INTERNAL', '加载失败，请稍后再试'))
    } finally {
      busy.current = false
      setLoading(false)
    }
  }, [])

  const reload = useCallback(() => load(0), [load])
  useEffect(() => {
    if (ready) void reload()
  }, [ready, reload])
  useReloadOnShow(reload, ready)
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()))
  useReachBottom(() => {
    if (hasMore && items) void load(items.length)
  })

  return { items, unread, hasMore, loading, error, reload, loadMore: () => items && load(items.length) }
}
