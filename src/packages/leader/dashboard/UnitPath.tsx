import { Text, View } from '@tarojs/components'
import type { UnitRef } from '@contract'

interface Props {
  path: UnitRef[]
  onOpen: (unitId: string) => void
}

/** The breadcrumb: 集团党委 › 二分公司党委 › ...; tap a unit above to go back up to it. */
export default function UnitPath({ path, onOpen }: Props) {
  if (!path.length) return null
  return (
    <View className="unit-path" data-testid="unit-path">
      {path.map((unit, index) => {
        const current = index === path.length - 1
        return (
          <Text
            key={unit.unitId}
            className={`unit-path__item ${current ? 'unit-path__item--current' : ''}`}
            data-testid="unit-path-item"
            data-unit-id={unit.unitId}
            onClick={current ? undefined : () => onOpen(unit.unitId)}
          >
            {index > 0 && <Text className="unit-path__sep">›</Text>}
            {unit.name}
          </Text>
        )
      })}
    </View>
  )
}
