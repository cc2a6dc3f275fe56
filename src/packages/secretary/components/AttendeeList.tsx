import { Text, View } from '@tarojs/components'
import StatusChip from '@/components/StatusChip'
import type { AttendeeRow } from '@contract'
import { ATTENDANCE_STATE_LABELS, CHECKIN_WAY_LABELS } from '@contract/eventTypes'
import { clock, standingTone } from '@/utils/events'
import './AttendeeList.scss'

interface Props {
  rows: AttendeeRow[]
  /** 补签 for someone without a check-in; omitted when the viewer may not. */
  onMakeup?: (row: AttendeeRow) => void
}

const detailOf = (row: AttendeeRow) => {
  if (row.at) {
    const way = row.method ? CHECKIN_WAY_LABELS[row.method] : ''
    const distance = row.distance != null ? ` · ${row.distance} 米` : ''
    return `${clock(row.at)} · ${way}${distance}${row.makeupReason ? ` · ${row.makeupReason}` : ''}`
  }
  return row.leaveReason && (row.attendance === 'on_leave' || row.attendance === 'leave_pending') ? row.leaveReason : ''
}

const canMakeUp = (row: AttendeeRow) => row.attendance === 'can_check_in' || row.attendance === 'absent'

/** Names with their standing: who is here, late, on leave, or still missing. */
export default function AttendeeList({ rows, onMakeup }: Props) {
  return (
    <View className="attendee-list">
      {rows.map((row) => (
        <View key={row.memberId} className="attendee-row" data-testid="attendee-row" data-member-id={row.memberId}>
          <View className="attendee-row__main">
            <Text className="attendee-row__name">{row.name}</Text>
            {row.groupName && <Text className="attendee-row__group">{row.groupName}</Text>}
            <Text className="attendee-row__detail">{detailOf(row)}</Text>
          </View>
          <View className="attendee-row__side">
            <StatusChip tone={row.attendance === 'can_check_in' ? 'default' : standingTone(row.attendance)}>
              {row.attendance === 'can_check_in' ? '未签到' : ATTENDANCE_STATE_LABELS[row.attendance]}
            </StatusChip>
            {onMakeup && canMakeUp(row) && (
              <Text className="attendee-row__makeup makeup-button" onClick={() => onMakeup(row)}>
                补签
              </Text>
            )}
          </View>
        </View>
      ))}
    </View>
  )
}
