import { listMyEvents } from '@/api/events'
import { useRequest } from '../useRequest'

/** 首页 近期活动: the member's upcoming and recent events with their standing. */
export function useMyEvents() {
  return useRequest(() => listMyEvents({ silent: true }), [])
}
