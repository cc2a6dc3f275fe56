import Taro from '@tarojs/taro'
import type { LeaveView } from '@contract'
import { decideLeave, listPendingLeaves } from '@/api/events'
import { useRequest } from '../useRequest'

/** 请假审批 (secretary): pending requests of the branch; a decision removes the line. */
export function usePendingLeaves() {
  const leaves = useRequest(() => listPendingLeaves({ silent: true }), [], { pullDownRefresh: true })

  const decide = async (leave: LeaveView, approve: boolean) => {
    try {
      await decideLeave({ eventId: leave.eventId, memberId: leave.memberId, approve })
      void Taro.showToast({ title: approve ? '已批准' : '已驳回', icon: 'success' })
      leaves.setData((current) =>
        current?.filter((item) => !(item.eventId === leave.eventId && item.memberId === leave.memberId)),
      )
    } catch {
      // The transport has shown the error.
    }
  }

  return { leaves, decide }
}
