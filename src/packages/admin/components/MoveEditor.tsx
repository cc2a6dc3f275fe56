import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Branch, RosterEntry } from '@contract'

interface Props {
  entry: RosterEntry
  branches: Branch[]
  onMove: (branchId: string, groupId: string | null) => Promise<unknown>
}

const NO_GROUP = '不分党小组'

/** Branch, then (optional) party group; saved with one confirm. */
export default function MoveEditor({ entry, branches, onMove }: Props) {
  const [branchId, setBranchId] = useState(entry.branchId)
  const [groupId, setGroupId] = useState<string | null>(entry.groupId)
  const [saving, setSaving] = useState(false)
  const branch = branches.find((item) => item.id === branchId)
  const groups = branch?.groups ?? []
  const changed = branchId !== entry.branchId || groupId !== entry.groupId

  const save = async () => {
    setSaving(true)
    await onMove(branchId, groupId)
    setSaving(false)
  }

  return (
    <View>
      <View className="member-sheet__pickers">
        <Picker
          className="member-sheet__picker-slot"
          mode="selector"
          range={branches.map((item) => item.name)}
          value={Math.max(0, branches.indexOf(branch as Branch))}
          onChange={(event) => {
            setBranchId(branches[Number(event.detail.value)].id)
            setGroupId(null)
          }}
        >
          <View className="member-sheet__picker">
            <Text>{branch?.name ?? '选择支部'}</Text>
          </View>
        </Picker>
        <Picker
          className="member-sheet__picker-slot"
          mode="selector"
          range={[NO_GROUP, ...groups.map((group) => group.name)]}
          value={groups.findIndex((group) => group.id === groupId) + 1}
          onChange={(event) => setGroupId(groups[Number(event.detail.value) - 1]?.id ?? null)}
        >
          <View className="member-sheet__picker">
            <Text>{groups.find((group) => group.id === groupId)?.name ?? NO_GROUP}</Text>
          </View>
        </Picker>
      </View>
      <View className="member-sheet__row">
        <Button
          className="move-save"
          type="primary"
          size="small"
          disabled={!changed}
          loading={saving}
          onClick={() => void save()}
        >
          调整支部
        </Button>
      </View>
    </View>
  )
}
