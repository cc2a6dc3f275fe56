import { useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'

/**
 * Calls `tick` every `intervalMs` while `active` and the page is on screen
 * (a page left in the weapp page stack stays mounted, so hiding pauses it).
 */
export function usePolling(tick: () => unknown, intervalMs: number, active: boolean) {
  const [visible, setVisible] = useState(true)
  const tickRef = useRef(tick)
  tickRef.current = tick
  useDidShow(() => setVisible(true))
  useDidHide(() => setVisible(false))
  useEffect(() => {
    if (!active || !visible) return undefined
    const timer = setInterval(() => void tickRef.current(), intervalMs)
    return () => clearInterval(timer)
  }, [active, visible, intervalMs])
}
