import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { LeaveView } from '@contract'
import { formatDateTime } from '@/utils/time'
import './LeaveRow.scss'

interface Props {
  leave: LeaveView
  /** Show which event the request is for (the branch-wide inbox). */
  withEvent?: boolean
  onDecide: (leave: LeaveView, approve: boolean) => void
}

/** One pending 请假 request with 批准 / 驳回. */
export default function LeaveRow({ leave, withEvent = false, onDecide }: Props) {
  return (
    <View className="leave-row" data-testid="leave-row" data-member-id={leave.memberId}>
      <View className="leave-row__main">
        <Text className="leave-row__name">{leave.memberName}</Text>
        {withEvent && (
          <Text className="leave-row__event">
            {leave.eventTitle} · {formatDateTime(leave.eventStart)}
          </Text>
        )}
        <Text className="leave-row__reason">{leave.reason}</Text>
      </View>
      <View className="leave-row__actions">
        <Button className="leave-reject" size="mini" fill="outline" onClick={() => onDecide(leave, false)}>
          驳回
        </Button>
        <Button className="leave-approve" size="mini" type="primary" onClick={() => onDecide(leave, true)}>
          批准
        </Button>
      </View>
    </View>
  )
}
