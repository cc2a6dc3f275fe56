import { Text, View } from '@tarojs/components'
import { NO_DATA } from '@/utils/stats'
import './FigureGrid.scss'

export interface Figure {
  label: string
  value: string
  /** What the figure came from, e.g. `12 / 14`. */
  note?: string
  testId?: string
}

/** A grid of headline figures; 暂无数据 is drawn quieter than a number. */
export default function FigureGrid({ figures }: { figures: Figure[] }) {
  return (
    <View className="figure-grid">
      {figures.map((figure) => (
        <View key={figure.label} className="figure-grid__cell" data-testid={figure.testId}>
          <Text className={`figure-grid__value ${figure.value === NO_DATA ? 'figure-grid__value--empty' : ''}`}>
            {figure.value}
          </Text>
          <Text className="figure-grid__label">{figure.label}</Text>
          {figure.note ? <Text className="figure-grid__note">{figure.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}
