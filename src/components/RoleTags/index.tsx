import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { ROLE_LABELS, type Role } from '@contract/common'
import './index.scss'

/** Roles as tags, most senior first is the caller's business: shown in the given order. */
export default function RoleTags({ roles }: { roles: readonly Role[] }) {
  return (
    <View className="role-tags">
      {roles.map((role) => (
        <Tag key={role} type={role === 'member' ? 'default' : 'primary'} plain={role === 'member'}>
          {ROLE_LABELS[role]}
        </Tag>
      ))}
    </View>
  )
}
