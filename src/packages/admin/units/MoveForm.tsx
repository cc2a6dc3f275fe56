import { useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { UnitView } from '@contract'

interface Props {
  unit: UnitView
  /** The 党委 and 党总支 it may hang under (listed depth first). */
  targets: UnitView[]
  onMove: (unit: UnitView, parent: UnitView) => Promise<boolean>
}

/** A new parent for the unit, moved with one confirmation. */
export default function MoveForm({ unit, targets, onMove }: Props) {
  const [index, setIndex] = useState<number>()
  const [moving, setMoving] = useState(false)
  const target = index === undefined ? undefined : targets[index]
  if (targets.length === 0) return <Text className="unit-sheet__hint">没有可调整到的上级组织</Text>

  const move = async () => {
    if (!target) return
    setMoving(true)
    await onMove(unit, target)
    setMoving(false)
  }

  return (
    <View className="unit-sheet__row">
      <Picker
        className="unit-sheet__picker-slot"
        mode="selector"
        range={targets.map((item) => item.name)}
        value={index ?? 0}
        onChange={(event) => setIndex(Number(event.detail.value))}
      >
        <View className="unit-sheet__picker" id="unit-move-picker">
          <Text>{target?.name ?? '选择新的上级组织'}</Text>
        </View>
      </Picker>
      <Button
        className="unit-move-save"
        type="primary"
        size="small"
        disabled={!target}
        loading={moving}
        onClick={() => void move()}
      >
        移动
      </Button>
    </View>
  )
}
