import { Text, View } from '@tarojs/components'
import type { AttendanceCounts as Counts } from '@contract'
import { rateText } from '@/utils/events'
import './AttendanceCounts.scss'

/** 应到 / 已签到 / 迟到 / 请假 / 未到 at a glance. */
export default function AttendanceCounts({ counts, ended }: { counts: Counts; ended: boolean }) {
  const cells: [string, number | string, string][] = [
    ['应到', counts.expected, 'expected'],
    ['已签到', counts.checkedIn, 'checked-in'],
    ['迟到', counts.late, 'late'],
    ['请假', counts.onLeave, 'leave'],
    [ended ? '缺席' : '未签到', ended ? counts.absent : counts.waiting, 'missing'],
  ]
  return (
    <View className="attendance-counts" data-testid="attendance-counts">
      {cells.map(([label, value, key]) => (
        <View key={key} className="attendance-counts__cell" data-testid={`count-${key}`}>
          <Text className="attendance-counts__value">{value}</Text>
          <Text className="attendance-counts__label">{label}</Text>
        </View>
      ))}
      <Text className="attendance-counts__rate">
        出勤率 {rateText(counts.checkedIn, counts.expected, counts.onLeave)}
      </Text>
    </View>
  )
}
