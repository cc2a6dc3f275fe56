import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { UnitView } from '@contract'

interface Props {
  unit: UnitView
  /** The 党委 and 党总支 it may hang under (listed depth first): a few dozen at most, so all shown. */
  targets: UnitView[]
  onMove: (unit: UnitView, parent: UnitView) => Promise<boolean>
}

/**
 * A new parent for the unit, tapped among the candidates (inside the sheet a
 * picker's wheel would open within the sheet on h5), moved with one confirmation.
 */
export default function MoveForm({ unit, targets, onMove }: Props) {
  const [targetId, setTargetId] = useState<string>()
  const [moving, setMoving] = useState(false)
  const target = targets.find((item) => item.id === targetId)
  if (targets.length === 0) return <Text className="unit-sheet__hint">没有可调整到的上级组织</Text>

  const move = async () => {
    if (!target) return
    setMoving(true)
    await onMove(unit, target)
    setMoving(false)
  }

  return (
    <View>
      <View className="unit-sheet__choices">
        {targets.map((item) => (
          <Text
            key={item.id}
            className={`unit-choice ${item.id === targetId ? 'unit-choice--chosen' : ''}`}
            data-testid="unit-move-target"
            data-unit-id={item.id}
            onClick={() => setTargetId(item.id)}
          >
            {item.name}
          </Text>
        ))}
      </View>
      <View className="unit-sheet__row">
        <Button
          className="unit-move-save"
          type="primary"
          size="small"
          disabled={!target}
          loading={moving}
          onClick={() => void move()}
        >
          {target ? `移到「${target.name}」之下` : '选择新的上级组织'}
        </Button>
      </View>
    </View>
  )
}
