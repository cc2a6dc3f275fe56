import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

/**
 * Reloads whenever the page shows again (back from a check-in, a leave
 * request, the secretary's pages): what an action changed elsewhere is never
 * stale here. The first show is the initial load, so it is skipped.
 */
export function useReloadOnShow(reload: () => unknown) {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })
}
