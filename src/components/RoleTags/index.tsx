import { Text, View } from '@tarojs/components'
import { ROLE_LABELS, type Role } from '@contract/common'
import './index.scss'

/** Roles as small tags, in the given order. */
export default function RoleTags({ roles }: { roles: readonly Role[] }) {
  return (
    <View className="role-tags">
      {roles.map((role) => (
        <Text key={role} className={`tag tag--${role === 'member' ? 'plain' : 'primary'}`}>
          {ROLE_LABELS[role]}
        </Text>
      ))}
    </View>
  )
}
