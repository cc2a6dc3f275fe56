// Selectors: .base-open .base-category #base-pay .base-month-next .base-submit [data-testid=base-preview] [data-testid=dues-pending-base][data-status] [data-testid=dues-current] [data-testid=dues-amount] [data-testid=dues-pay-current] [data-testid=dues-pay-all] [data-testid=dues-unpaid] [data-testid=dues-history-item]
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { DuesMonthView, MyDues } from '@contract'
import { DUES_METHOD_LABELS } from '@contract/duesLabels'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import StatusChip from '@/components/StatusChip'
import { useBaseForm } from '@/hooks/dues/useBaseForm'
import { useMyDues } from '@/hooks/dues/useMyDues'
import { formatDateTime } from '@/utils/time'
import { STATE_TONES, basisLine, stateLabel, yuan } from '../labels'
import BaseForm, { PendingBase } from './BaseForm'
import './index.scss'

function Current({ dues, paying, onPay }: { dues: MyDues; paying: boolean; onPay: (months: string[]) => void }) {
  const { current, unpaid } = dues
  return (
    <View className="dues__current" data-testid="dues-current" data-state={current.state}>
      <View className="dues__current-head">
        <Text className="dues__label">{current.label}应缴</Text>
        <StatusChip tone={STATE_TONES[current.state]}>{stateLabel(current)}</StatusChip>
      </View>
      <Text className="dues__amount" data-testid="dues-amount">
        ¥{yuan(current.amountFen)}
      </Text>
      <Text className="dues__meta">{basisLine(current) || '党费基数尚未确认，请联系支部书记'}</Text>
      {dues.arrearsMonths >= 3 && <Text className="dues__warning">已连续 {dues.arrearsMonths} 个月未缴纳党费</Text>}
      {current.state === 'due' && (
        <Button
          type="primary"
          block
          loading={paying}
          data-testid="dues-pay-current"
          onClick={() => onPay([current.month])}
        >
          缴纳本月党费
        </Button>
      )}
      {unpaid.length > 1 && (
        <Button
          block
          loading={paying}
          data-testid="dues-pay-all"
          onClick={() => onPay(unpaid.slice(0, 12).map((m) => m.month))}
        >
          缴清 {Math.min(unpaid.length, 12)} 个月（¥{yuan(unpaid.slice(0, 12).reduce((sum, m) => sum + m.amountFen, 0))}
          ）
        </Button>
      )}
    </View>
  )
}

const MonthLine = ({ month }: { month: DuesMonthView }) => (
  <View className="dues__line" data-testid="dues-unpaid" data-month={month.month}>
    <View className="dues__line-main">
      <Text>{month.label}</Text>
      <Text className="dues__meta">{basisLine(month)}</Text>
    </View>
    <Text className="dues__line-amount">¥{yuan(month.amountFen)}</Text>
  </View>
)

function History({ dues }: { dues: MyDues }) {
  if (!dues.history.length) return <EmptyState title="暂无缴费记录" />
  return (
    <>
      {dues.history.map((item) => (
        <View key={item.id} className="dues__line" data-testid="dues-history-item" data-month={item.month}>
          <View className="dues__line-main">
            <Text>
              {item.month} {item.kind === 'reversal' ? '冲正' : DUES_METHOD_LABELS[item.method]}
              {item.onBehalf ? '（代缴）' : ''}
            </Text>
            <Text className="dues__meta">
              {formatDateTime(item.paidAt)} · {item.recordedByName}
              {item.note ? ` · ${item.note}` : ''}
            </Text>
          </View>
          <Text className="dues__line-amount">
            {item.kind === 'reversal' ? '-' : ''}¥{yuan(item.amountFen)}
          </Text>
        </View>
      ))}
    </>
  )
}

/** 我的党费: what this month costs and why, unpaid months, paying, and the receipts. */
export default function MyDuesPage() {
  const { data, loading, error, reload, pay } = useMyDues()
  const form = useBaseForm(data, reload)
  return (
    <View className="page dues">
      <PageState loading={loading && !data} error={error} onRetry={reload}>
        {data && (
          <>
            <Current dues={data} paying={pay.running} onPay={(months) => void pay.run(months)} />
            {data.pendingBase && <PendingBase base={data.pendingBase} />}
            <BaseForm form={form} />
            {data.unpaid.length > 0 && (
              <Section title={`未缴月份（${data.unpaid.length}）`}>
                {data.unpaid.map((month) => (
                  <MonthLine key={month.month} month={month} />
                ))}
              </Section>
            )}
            <Section title="缴费记录">
              <History dues={data} />
            </Section>
          </>
        )}
      </PageState>
    </View>
  )
}
