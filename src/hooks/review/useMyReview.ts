import { useRouter } from '@tarojs/taro'
import { getMyReview } from '@/api/review'
import { useBoundProfile } from '../me'
import { useReloadOnShow } from '../useReloadOnShow'
import { useRequest } from '../useRequest'
import { reviewIdOf, thisYear } from './reviewIds'

/**
 * 我的评议: the review named in the page's `reviewId`, else this year's review
 * of the caller's branch; 自评, own ballots, and the results once 公示 begins.
 */
export function useMyReview() {
  const { params } = useRouter()
  const { profile } = useBoundProfile()
  const reviewId = params.reviewId ?? (profile ? reviewIdOf(profile.branchId, thisYear()) : undefined)
  const ready = reviewId !== undefined
  const state = useRequest(() => getMyReview(reviewId as string, { silent: true }), [reviewId], {
    ready,
    pullDownRefresh: true,
  })
  useReloadOnShow(() => ready && state.reload())
  return { ...state, reviewId }
}
