import { myClaims } from '@/api/points'
import { useRequest } from '@/hooks/useRequest'

/** 我的申请: the caller's own claims (线下学习, 心得体会) as the server lists them. */
export function useMyClaims() {
  return useRequest(() => myClaims({ silent: true }), [])
}
