import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
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
          <Text className="roster-row__phone">{formatPhone(entry.phone)}</Text>
        </View>
        <View className="roster-row__line">
          <RoleTags roles={sortRoles(entry.roles)} />
          {entry.groupName && <Text className="roster-row__group">{entry.groupName}</Text>}
        </View>
      </View>
      <View className="roster-row__side">
        {entry.status !== 'active' ? (
          <Tag type="warning" plain>
            {MEMBER_STATUS_LABELS[entry.status]}
          </Tag>
        ) : (
          <Tag type={entry.bound ? 'success' : 'default'} plain>
            {entry.bound ? '已绑定' : '未绑定'}
          </Tag>
        )}
        {action}
      </View>
    </View>
  )
}
