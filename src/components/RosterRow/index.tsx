import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { RosterEntry } from '@contract'
import { MEMBER_STATUS_LABELS } from '@contract/common'
import RoleTags from '@/components/RoleTags'
import { formatPhone, sortRoles } from '@/utils/members'
import './index.scss'

interface Props {
  entry: RosterEntry
  /** Right-hand action, e.g. 生成邀请码. */
  action?: ReactNode
  onClick?: () => void
}

/** One roster line: name, phone, group, roles, binding. */
export default function RosterRow({ entry, action, onClick }: Props) {
  return (
    <View className="roster-row" data-testid="roster-row" data-member-id={entry.memberId} onClick={onClick}>
      <View className="roster-row__main">
        <View className="roster-row__line">
          <Text className="roster-row__name">{entry.name}</Text>
          {entry.probationary && <Text className="tag tag--plain">预备党员</Text>}
          <Text className="roster-row__phone">{formatPhone(entry.phone)}</Text>
        </View>
        <View className="roster-row__line">
          <RoleTags roles={sortRoles(entry.roles)} />
          {entry.groupName && <Text className="roster-row__group">{entry.groupName}</Text>}
        </View>
      </View>
      <View className="roster-row__side">
        {entry.status !== 'active' ? (
          <Text className="tag tag--warning">{MEMBER_STATUS_LABELS[entry.status]}</Text>
        ) : (
          <Text className={`tag ${entry.bound ? 'tag--success' : 'tag--plain'}`} data-testid="roster-bound">
            {entry.bound ? '已绑定' : '未绑定'}
          </Text>
        )}
        {action}
      </View>
    </View>
  )
}
