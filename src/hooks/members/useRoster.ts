import { listRoster } from '@/api/members'
import { useRequest } from '../useRequest'

/** A branch's roster (the caller's own branch when `branchId` is omitted). */
export function useRoster(branchId?: string, ready = true) {
  return useRequest(() => listRoster(branchId, { silent: true }), [branchId], { pullDownRefresh: true, ready })
}

/** 共 N 人，已绑定 M 人 */
export const rosterSummary = (entries: readonly { bound: boolean }[]) =>
  `共 ${entries.length} 人，已绑定 ${entries.filter((entry) => entry.bound).length} 人`
