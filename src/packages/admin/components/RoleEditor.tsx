import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Checkbox, CheckboxGroup } from '@nutui/nutui-react-taro'
import { ROLE_LABELS, type Role } from '@contract/common'
import { ROLE_ORDER, sortRoles } from '@/utils/members'

interface Props {
  roles: Role[]
  onSave: (roles: Role[]) => Promise<boolean>
}

export default function RoleEditor({ roles, onSave }: Props) {
  const [value, setValue] = useState<string[]>(roles)
  const [saving, setSaving] = useState(false)
  const changed = sortRoles(value as Role[]).join() !== sortRoles(roles).join()

  const save = async () => {
    setSaving(true)
    await onSave(value as Role[])
    setSaving(false)
  }

  return (
    <View>
      <CheckboxGroup value={value} onChange={setValue} direction="horizontal">
        {ROLE_ORDER.map((role) => (
          <Checkbox key={role} value={role} label={ROLE_LABELS[role]} />
        ))}
      </CheckboxGroup>
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
