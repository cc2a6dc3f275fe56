import { listPendingLeaves } from '@/api/events'
import { useRequest } from '../useRequest'
import { useLeaveDecision } from './useLeaveDecision'

/** 请假审批 (secretary): pending requests of the branch; a decision removes the line. */
export function usePendingLeaves() {
  const leaves = useRequest(() => listPendingLeaves({ silent: true }), [], { pullDownRefresh: true })
  const decision = useLeaveDecision((leave) =>
    leaves.setData((current) =>
      current?.filter((item) => !(item.eventId === leave.eventId && item.memberId === leave.memberId)),
    ),
  )
  return { leaves, decision }
}
