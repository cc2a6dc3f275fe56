// Selectors: [data-testid=base-row][data-base-id] .base-confirm .base-return #base-return-reason .base-return-reason-submit
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { DuesBaseView } from '@contract'
import { DUES_CATEGORY_LABELS } from '@contract/duesLabels'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useBaseQueue } from '@/hooks/dues/useBaseQueue'
import { periodLabel } from '@periods'
import { formatDateTime } from '@/utils/time'
import ReasonForm from '../components/ReasonForm'
import { yuan } from '../labels'
import './index.scss'

type Queue = ReturnType<typeof useBaseQueue>

const payLine = (base: DuesBaseView) =>
  base.category === 'flat'
    ? '定额缴纳'
    : `月收入 ${yuan(base.payFen)} 元${base.insuranceFen ? `，五险一金 ${yuan(base.insuranceFen)} 元` : ''}`

function BaseRow({ base, queue }: { base: DuesBaseView; queue: Queue }) {
  return (
    <View className="bases__item" data-testid="base-row" data-base-id={base.id}>
      <View className="bases__line">
        <View className="bases__main">
          <Text>
            {base.memberName} · {DUES_CATEGORY_LABELS[base.category]}
          </Text>
          <Text className="bases__meta">
            {periodLabel('month', base.fromMonth)}起，{payLine(base)}
          </Text>
          <Text className="bases__meta">申报于 {formatDateTime(base.declaredAt)}</Text>
        </View>
        <View className="bases__actions">
          <Button
            size="small"
            type="primary"
            className="base-confirm"
            disabled={queue.confirm.running}
            onClick={() => void queue.confirm.run(base.id)}
          >
            确认
          </Button>
          <Button size="small" className="base-return" onClick={() => queue.startReturn(base.id)}>
            退回
          </Button>
        </View>
      </View>
      {queue.returning === base.id && (
        <ReasonForm
          id="base-return-reason"
          placeholder="退回原因（党员可见，如：请按税后固定工资申报）"
          value={queue.reason}
          onChange={queue.setReason}
          submit={queue.sendBack}
          action="退回申报"
        />
      )}
    </View>
  )
}

/** 党费基数确认 (secretary): the branch's declared bases, oldest first; confirm or send back with a reason. */
export default function BaseQueuePage() {
  const queue = useBaseQueue()
  const bases = queue.queue.data ?? []
  return (
    <View className="page bases">
      <PageState
        loading={queue.queue.loading && !queue.queue.data}
        error={queue.queue.error}
        onRetry={queue.queue.reload}
      >
        <Section title={`待确认（${bases.length}）`}>
          {bases.length ? (
            bases.map((base) => <BaseRow key={base.id} base={base} queue={queue} />)
          ) : (
            <EmptyState title="没有待确认的基数申报" />
          )}
        </Section>
      </PageState>
    </View>
  )
}
