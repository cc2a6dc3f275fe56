import { Text, View } from '@tarojs/components'

interface Props {
  label: string
  covered: number
  total: number
  unit: string
  testId: string
  hint?: string
  /** Smaller, for two side by side in a row. */
  compact?: boolean
}

/** A coverage figure with its bar: 书记谈话 7 / 19 人. */
export default function Meter({ label, covered, total, unit, testId, hint, compact = false }: Props) {
  const percent = total ? Math.round((covered / total) * 100) : 100
  return (
    <View
      className={`life-meter${compact ? ' life-meter--compact' : ''}`}
      data-testid={testId}
      data-covered={covered}
      data-total={total}
    >
      <View className="life-meter__head">
        <Text>{label}</Text>
        <Text className="life-meter__figure">
          {covered} / {total} {unit}
        </Text>
      </View>
      <View className="life-meter__bar">
        <View className="life-meter__fill" style={{ width: `${percent}%` }} />
      </View>
      {hint && <Text className="life-meter__hint">{hint}</Text>}
    </View>
  )
}
