import { Picker, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PeriodKind } from '@contract'
import { compiledLabel, PERIOD_KIND_LABELS, type PeriodOption } from '@/utils/stats'
import './PeriodBar.scss'

interface Props {
  /** The branch a branch page is about. */
  title?: string
  kind: PeriodKind
  onKind: (kind: PeriodKind) => void
  options: PeriodOption[]
  selected: PeriodOption
  onKey: (key: string) => void
  compiledAt?: string
  busy: 'refresh' | 'export' | null
  onRefresh: () => void
  onExport: () => void
}

const KINDS: PeriodKind[] = ['month', 'quarter', 'year']

/** When the figures were compiled, 立即刷新 and 导出 Excel (one at a time). */
function PeriodFooter({ compiledAt, busy, onRefresh, onExport }: Props) {
  return (
    <View className="period-bar__footer">
      <Text className="period-bar__compiled" data-testid="compiled-at">
        {compiledAt ? compiledLabel(compiledAt) : ' '}
      </Text>
      <View className="period-bar__actions">
        <Button
          size="small"
          fill="outline"
          type="primary"
          className="stats-refresh"
          loading={busy === 'refresh'}
          disabled={busy !== null}
          onClick={onRefresh}
        >
          立即刷新
        </Button>
        <Button
          size="small"
          type="primary"
          className="stats-export"
          loading={busy === 'export'}
          disabled={busy !== null}
          onClick={onExport}
        >
          导出 Excel
        </Button>
      </View>
    </View>
  )
}

/** 月度 / 季度 / 年度, the period itself, when the figures were compiled, 立即刷新 and 导出. */
export default function PeriodBar(props: Props) {
  const { kind, options, selected } = props
  return (
    <View className="period-bar" data-testid="period-bar">
      {props.title ? (
        <Text className="period-bar__title" data-testid="branch-name">
          {props.title}
        </Text>
      ) : null}
      <View className="period-bar__kinds">
        {KINDS.map((item) => (
          <Text
            key={item}
            className={`period-bar__kind ${item === kind ? 'period-bar__kind--active' : ''}`}
            data-testid={`period-kind-${item}`}
            onClick={() => props.onKind(item)}
          >
            {PERIOD_KIND_LABELS[item]}
          </Text>
        ))}
      </View>
      <Picker
        mode="selector"
        range={options.map((option) => option.label)}
        value={Math.max(0, options.indexOf(selected))}
        onChange={(event) => props.onKey(options[Number(event.detail.value)].key)}
      >
        <View className="period-bar__picker" data-testid="period-picker">
          <Text className="period-bar__label">{selected.label}</Text>
          <Text className="period-bar__arrow">切换 ›</Text>
        </View>
      </Picker>
      <PeriodFooter {...props} />
    </View>
  )
}
