import { useEffect, useRef } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { noticeOverview } from '@/api/notices'
import { useRequest } from '../useRequest'

/** Position of 通知 in the tab bar (app.config.ts). */
const NOTICES_TAB = 2

/** The unread count on the 通知 tab; a failure to draw a badge is never the user's problem. */
export const showUnreadBadge = (unread: number): void => {
  const done = () => undefined
  if (unread > 0)
    void Taro.setTabBarBadge({ index: NOTICES_TAB, text: unread > 99 ? '99+' : String(unread) }).catch(done)
  else void Taro.removeTabBarBadge({ index: NOTICES_TAB }).catch(done)
}

/** Reloads whenever the page shows again (not on the first show, which the initial load covers). */
export function useReloadOnShow(reload: () => Promise<void>, ready = true): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current && ready) void reload()
    shown.current = true
  })
}

/** 首页: the unread count and the latest three notices; keeps the tab badge in step. */
export function useNoticeOverview(ready: boolean) {
  const state = useRequest(() => noticeOverview({ silent: true }), [], { ready })
  useReloadOnShow(state.reload, ready)
  const unread = state.data?.unread
  useEffect(() => {
    if (unread !== undefined) showUnreadBadge(unread)
  }, [unread])
  return state
}
