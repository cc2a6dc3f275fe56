import { useState } from 'react'
import { reviewProgress } from '@/api/review'
import { useBoundProfile } from '../me'
import { useReloadOnShow } from '../useReloadOnShow'
import { useRequest } from '../useRequest'
import { reviewIdOf, thisYear } from './reviewIds'

/**
 * 评议管理 (secretary): the branch's review of the chosen year and its
 * progress — participation counts and names, counts per member once voting is
 * over, the proposal, objections. `notOpened` when there is none yet.
 */
export function useReviewManage() {
  const { profile } = useBoundProfile()
  const [year, setYear] = useState(thisYear())
  const reviewId = profile ? reviewIdOf(profile.branchId, year) : undefined
  const state = useRequest(() => reviewProgress(reviewId as string, { silent: true }), [reviewId], {
    ready: reviewId !== undefined,
    pullDownRefresh: true,
  })
  useReloadOnShow(() => reviewId !== undefined && state.reload())
  const notOpened = state.error?.code === 'NOT_FOUND'
  return { ...state, error: notOpened ? undefined : state.error, notOpened, reviewId, year, setYear }
}
