// Selectors: [data-testid=leave-inbox] [data-testid=leave-row][data-member-id=<id>] .leave-approve .leave-reject [data-testid=reject-sheet] .reject-confirm
import { View } from '@tarojs/components'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import { usePendingLeaves } from '@/hooks/events/usePendingLeaves'
import LeaveRow from '../components/LeaveRow'
import RejectLeaveSheet from '../components/RejectLeaveSheet'

/** 请假审批 (secretary): every pending request of the branch, soonest meeting first. */
export default function Leaves() {
  const { leaves, decision } = usePendingLeaves()
  return (
    <View className="page" data-testid="leave-inbox">
      <PageState loading={leaves.loading && !leaves.data} error={leaves.error} onRetry={leaves.reload}>
        {leaves.data?.length === 0 && <EmptyState title="没有待审批的请假" />}
        <View className="section">
          {leaves.data?.map((leave) => (
            <LeaveRow key={`${leave.eventId}:${leave.memberId}`} leave={leave} withEvent onDecide={decision.decide} />
          ))}
        </View>
      </PageState>
      <RejectLeaveSheet decision={decision} />
    </View>
  )
}
