import { Text, View } from '@tarojs/components'
import type { MemberStatsRow } from '@contract'
import { formatRate } from '@/utils/stats'
import './MemberRows.scss'

/** Each current member's attendance over the held events and points in the period. */
export default function MemberRows({ members }: { members: MemberStatsRow[] }) {
  return (
    <View className="member-rows" data-testid="member-rows">
      <View className="member-rows__row member-rows__row--head">
        <Text className="member-rows__name">姓名</Text>
        <Text className="member-rows__cell">出勤</Text>
        <Text className="member-rows__cell">出勤率</Text>
        <Text className="member-rows__cell">积分</Text>
      </View>
      {members.map((member) => (
        <View key={member.memberId} className="member-rows__row" data-testid="member-row">
          <View className="member-rows__name">
            <Text>{member.name}</Text>
            {member.groupName ? <Text className="member-rows__group">{member.groupName}</Text> : null}
          </View>
          <View className="member-rows__cell member-rows__attended">
            <Text>
              {member.attended}/{member.expected - member.approvedLeave}
            </Text>
            {member.late ? <Text className="member-rows__late">迟到 {member.late}</Text> : null}
          </View>
          <Text className={`member-rows__cell ${member.attendance.rate === null ? 'member-rows__cell--empty' : ''}`}>
            {formatRate(member.attendance)}
          </Text>
          <Text className="member-rows__cell">{member.points}</Text>
        </View>
      ))}
    </View>
  )
}
