import { myAttendance } from '@/api/events'
import { useReloadOnShow } from '../notices/useNoticeOverview'
import { useRequest } from '../useRequest'

/** 我的出勤 / 我的请假: this year's events with my standing, the year's figures and my leave requests. */
export function useMyAttendance() {
  const state = useRequest(() => myAttendance({ silent: true }), [], { pullDownRefresh: true })
  useReloadOnShow(state.reload)
  return state
}
