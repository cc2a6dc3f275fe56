// Selectors: .relief-member[data-member-id] .relief-kind #relief-amount .relief-from-next .relief-to-next #relief-reason .relief-submit [data-testid=relief-row][data-status]
import { Text, View } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import type { ReliefKind } from '@contract'
import { RELIEF_KIND_LABELS } from '@contract/duesLabels'
import { shiftPeriod } from '@periods'
import ButtonChoice from '@/components/ButtonChoice'
import EmptyState from '@/components/EmptyState'
import FieldError from '@/components/FieldError'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useReliefProposal } from '@/hooks/dues/useReliefProposal'
import MonthStepper from '../components/MonthStepper'
import ReliefRow from '../components/ReliefRow'
import './index.scss'

type Proposal = ReturnType<typeof useReliefProposal>

const KINDS: (readonly [ReliefKind, string])[] = [
  ['exempt', `${RELIEF_KIND_LABELS.exempt}（本期不缴）`],
  ['reduce', `${RELIEF_KIND_LABELS.reduce}（每月少缴）`],
]

function MemberChips({ proposal }: { proposal: Proposal }) {
  return (
    <PageState loading={proposal.roster.loading} error={proposal.roster.error} onRetry={proposal.roster.reload}>
      <View className="relief__chips">
        {proposal.members.map((entry) => (
          <Text
            key={entry.memberId}
            data-member-id={entry.memberId}
            className={`relief-member ${proposal.memberId === entry.memberId ? 'relief-member--active' : ''}`}
            onClick={() => proposal.setMemberId(entry.memberId)}
          >
            {entry.name}
          </Text>
        ))}
      </View>
      <FieldError message={proposal.errors.at('memberId')} />
    </PageState>
  )
}

/** Kind, the reduced amount, the period (at most 12 months) and the reason. */
function Terms({ proposal }: { proposal: Proposal }) {
  const { errors } = proposal
  return (
    <View className="relief__form">
      <ButtonChoice className="relief-kind" value={proposal.kind} options={KINDS} onChange={proposal.setKind} />
      {proposal.kind === 'reduce' && (
        <>
          <Input
            id="relief-amount"
            type="digit"
            placeholder="减缴后每月应缴（元）"
            value={proposal.amount}
            onChange={proposal.setAmount}
          />
          <FieldError message={errors.at('amountFen')} />
        </>
      )}
      <MonthStepper
        className="relief-from"
        label="起始月份"
        value={proposal.fromMonth}
        min={proposal.minMonth}
        max={proposal.maxMonth}
        onChange={proposal.setFromMonth}
      />
      <FieldError message={errors.at('fromMonth')} />
      <MonthStepper
        className="relief-to"
        label="结束月份"
        value={proposal.toMonth}
        min={proposal.fromMonth}
        max={shiftPeriod('month', proposal.fromMonth, 11)}
        onChange={proposal.setToMonth}
      />
      <FieldError message={errors.at('toMonth')} />
      <TextArea
        id="relief-reason"
        placeholder="原因（如：长期患病、家庭困难），将报上级党组织审批"
        maxLength={300}
        rows={3}
        value={proposal.reason}
        onChange={proposal.setReason}
      />
      <FieldError message={errors.at('reason')} />
      <SubmitBar
        error={errors.general}
        className="relief-submit"
        loading={proposal.submit.running}
        onSubmit={proposal.submit.run}
      >
        提交减免申请
      </SubmitBar>
    </View>
  )
}

/** 党费减免申请 (secretary): the branch proposes 免缴 / 减缴 for a member; the admin above approves. */
export default function ReliefProposalPage() {
  const proposal = useReliefProposal()
  const reliefs = proposal.reliefs.data ?? []
  return (
    <View className="page relief">
      <Section title="选择党员">
        <MemberChips proposal={proposal} />
      </Section>
      <Section title="减免内容">
        <Terms proposal={proposal} />
      </Section>
      <Section title="本支部的减免申请">
        <PageState loading={proposal.reliefs.loading && !proposal.reliefs.data} error={proposal.reliefs.error}>
          {reliefs.length ? (
            reliefs.map((relief) => <ReliefRow key={relief.id} relief={relief} />)
          ) : (
            <EmptyState title="暂无减免申请" />
          )}
        </PageState>
      </Section>
    </View>
  )
}
