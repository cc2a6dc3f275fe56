import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ROLE_LABELS, type Role } from '@contract/common'
import { ROLE_ORDER, sortRoles } from '@/utils/members'

interface Props {
  roles: Role[]
  onSave: (roles: Role[]) => Promise<boolean>
}

/** Roles are several at once: square boxes that each toggle, never round radio-like marks. */
export default function RoleEditor({ roles, onSave }: Props) {
  const [value, setValue] = useState<string[]>(roles)
  const toggle = (role: Role) =>
    setValue((previous) => (previous.includes(role) ? previous.filter((item) => item !== role) : [...previous, role]))
  const [saving, setSaving] = useState(false)
  const changed = sortRoles(value as Role[]).join() !== sortRoles(roles).join()

  const save = async () => {
    setSaving(true)
    await onSave(value as Role[])
    setSaving(false)
  }

  return (
    <View>
      <View className="role-boxes">
        {ROLE_ORDER.map((role) => {
          const checked = value.includes(role)
          return (
            <View
              key={role}
              className={`role-box role-box--${role} ${checked ? 'role-box--checked' : ''}`}
              role="checkbox"
              aria-checked={checked}
              onClick={() => toggle(role)}
            >
              <Text className="role-box__mark">{checked ? '✓' : ''}</Text>
              <Text>{ROLE_LABELS[role]}</Text>
            </View>
          )
        })}
      </View>
      <View className="member-sheet__row">
        <Button
          className="role-save"
          type="primary"
          size="small"
          disabled={!changed || value.length === 0}
          loading={saving}
          onClick={() => void save()}
        >
          {value.length === 0 ? '至少保留一个角色' : '保存角色'}
        </Button>
      </View>
    </View>
  )
}
