// Selectors: [data-testid=relief-row][data-relief-id] .relief-approve .relief-reject #relief-note .relief-note-submit
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ReliefView } from '@contract'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useReliefDecisions } from '@/hooks/dues/useReliefDecisions'
import ReasonForm from '../components/ReasonForm'
import ReliefRow from '../components/ReliefRow'
import './index.scss'

type Decisions = ReturnType<typeof useReliefDecisions>

function Decide({ relief, decisions }: { relief: ReliefView; decisions: Decisions }) {
  if (decisions.rejecting === relief.id)
    return (
      <ReasonForm
        id="relief-note"
        placeholder="驳回意见（支部可见）"
        value={decisions.note}
        onChange={decisions.setNote}
        submit={decisions.reject}
        action="驳回申请"
      />
    )
  return (
    <View className="reliefs__actions">
      <Button
        size="small"
        type="primary"
        className="relief-approve"
        disabled={decisions.approve.running}
        onClick={() => void decisions.approve.run(relief.id)}
      >
        批准
      </Button>
      <Button size="small" className="relief-reject" onClick={() => decisions.startReject(relief.id)}>
        驳回
      </Button>
    </View>
  )
}

/** 党费减免审批 (admin): the proposed 免缴 / 减缴 of the branches the admin reaches, newest first. */
export default function ReliefDecisionsPage() {
  const decisions = useReliefDecisions()
  const list = decisions.reliefs.data ?? []
  return (
    <View className="page reliefs">
      <PageState
        loading={decisions.reliefs.loading && !decisions.reliefs.data}
        error={decisions.reliefs.error}
        onRetry={decisions.reliefs.reload}
      >
        <Section title={`待审批（${list.length}）`}>
          {list.length ? (
            list.map((relief) => (
              <ReliefRow key={relief.id} relief={relief}>
                <Decide relief={relief} decisions={decisions} />
              </ReliefRow>
            ))
          ) : (
            <EmptyState title="没有待审批的减免申请" />
          )}
        </Section>
      </PageState>
    </View>
  )
}
