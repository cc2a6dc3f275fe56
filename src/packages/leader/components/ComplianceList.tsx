import { Text, View } from '@tarojs/components'
import type { TypeCompliance } from '@contract'
import './ComplianceList.scss'

const verdict = (item: TypeCompliance): { text: string; tone: 'ok' | 'bad' | 'quiet' } => {
  if (!item.judged) return { text: '本周期不考核', tone: 'quiet' }
  if (item.due === 0) return { text: item.pending.length ? '待开展' : '无要求', tone: 'quiet' }
  return { text: `达标 ${item.satisfied}/${item.due}`, tone: item.satisfied === item.due ? 'ok' : 'bad' }
}

/** Each type of meeting: held and planned counts against its required frequency, and what is missing. */
export default function ComplianceList({ items }: { items: TypeCompliance[] }) {
  return (
    <View className="compliance-list" data-testid="compliance-list">
      {items.map((item) => {
        const { text, tone } = verdict(item)
        return (
          <View key={item.type} className="compliance-list__item">
            <View className="compliance-list__head">
              <Text className="compliance-list__label">{item.label}</Text>
              <Text className={`compliance-list__verdict compliance-list__verdict--${tone}`}>{text}</Text>
            </View>
            <Text className="compliance-list__rule">
              {item.rule} · 已开展 {item.held} 次{item.planned ? ` · 待开展 ${item.planned} 次` : ''}
            </Text>
            {item.missing.length ? (
              <Text className="compliance-list__missing">未开展：{item.missing.join('、')}</Text>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
