import { myReviewTasks } from '@/api/review'
import { useReloadOnShow } from '../useReloadOnShow'
import { useRequest } from '../useRequest'

/** 首页: the caller's open 评议 tasks (自评, 互评) until they are done. */
export function useReviewTasks() {
  const state = useRequest(() => myReviewTasks({ silent: true }), [])
  useReloadOnShow(state.reload)
  return state
}
