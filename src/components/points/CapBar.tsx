import { Text, View } from '@tarojs/components'
import type { CapProgress } from '@contract'
import './CapBar.scss'

/** One cap as a bar: 学习资料 今日 4 / 6. */
export default function CapBar({ cap }: { cap: CapProgress }) {
  const ratio = Math.min(1, Math.max(0, cap.used / cap.cap))
  const full = cap.used >= cap.cap
  return (
    <View className="cap-bar" data-testid="cap-bar">
      <View className="cap-bar__head">
        <Text className="cap-bar__label">
          {cap.label}
          <Text className="cap-bar__period">{cap.period === 'day' ? ' · 今日' : ' · 本月'}</Text>
        </Text>
        <Text className={full ? 'cap-bar__value cap-bar__value--full' : 'cap-bar__value'}>
          {full ? '已达上限 ' : ''}
          {cap.used} / {cap.cap} 分
        </Text>
      </View>
      <View className="cap-bar__track">
        <View className="cap-bar__fill" style={{ width: `${ratio * 100}%` }} />
      </View>
    </View>
  )
}
