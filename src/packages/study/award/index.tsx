// Selectors: .award-branch .award-member #award-points #award-reason .award-submit [data-testid=award-error] .award-reverse [data-testid=ledger-row]
import { Text, View } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import SubmitBar from '@/components/SubmitBar'
import Section from '@/components/Section'
import LedgerRow from '@/components/points/LedgerRow'
import { useBoundProfile } from '@/hooks/me'
import { useManualPoints } from '@/hooks/points/useManualPoints'
import './index.scss'

type Manual = ReturnType<typeof useManualPoints>

/** 记分: the points (negative to deduct) and the reason the member will see. */
function AwardForm({ name, manual }: { name: string; manual: Manual }) {
  return (
    <Section title={`给 ${name} 记分`}>
      <View className="award__form">
        <Input
          id="award-points"
          type="digit"
          placeholder="分值：奖励填正数，扣分填负数（如 -2）"
          value={manual.points}
          onChange={manual.setPoints}
        />
        <TextArea
          id="award-reason"
          placeholder="原因（必填，记分或冲正都需填写，党员可见）"
          maxLength={200}
          rows={3}
          value={manual.reason}
          onChange={manual.setReason}
        />
        <SubmitBar
          error={manual.error}
          errorClassName="award__error"
          errorTestId="award-error"
          className="award-submit"
          loading={manual.submitting}
          onSubmit={manual.submit}
        >
          确认记分
        </SubmitBar>
      </View>
    </Section>
  )
}

/** The member's ledger; 冲正 on an entry that can still be reversed. */
function AwardLedger({ manual }: { manual: Manual }) {
  return (
    <Section title="积分记录">
      <PageState loading={manual.ledger.loading && !manual.ledger.entries.length} error={manual.ledger.error}>
        {manual.ledger.entries.length ? (
          manual.ledger.entries.map((entry) => (
            <LedgerRow
              key={entry.id}
              entry={entry}
              action={
                entry.status !== 'reversal' && entry.points !== 0 && !entry.reversedBy ? (
                  <Text className="award-reverse" onClick={() => void manual.reverse(entry.id)}>
                    冲正
                  </Text>
                ) : null
              }
            />
          ))
        ) : (
          <EmptyState title="暂无积分记录" />
        )}
      </PageState>
    </Section>
  )
}

/** Manual awards and deductions with a reason, and reversals: the secretary for their branch, the admin for all. */
export default function AwardPage() {
  const { profile } = useBoundProfile()
  const manual = useManualPoints(Boolean(profile?.roles.includes('admin')))
  const members = (manual.roster.data ?? []).filter((entry) => entry.status === 'active')
  const selected = members.find((entry) => entry.memberId === manual.memberId)
  return (
    <View className="page award">
      {manual.branches.length > 0 && (
        <View className="award__chips">
          {manual.branches.map((branch) => (
            <Text
              key={branch.id}
              className={`award-branch ${manual.branchId === branch.id ? 'award-branch--active' : ''}`}
              onClick={() => manual.setBranchId(branch.id)}
            >
              {branch.name}
            </Text>
          ))}
        </View>
      )}
      <Section title="选择党员">
        <PageState loading={manual.roster.loading} error={manual.roster.error} onRetry={manual.roster.reload}>
          <View className="award__chips award__chips--members">
            {members.map((entry) => (
              <Text
                key={entry.memberId}
                className={`award-member ${manual.memberId === entry.memberId ? 'award-member--active' : ''}`}
                onClick={() => manual.setMemberId(entry.memberId)}
              >
                {entry.name}
              </Text>
            ))}
          </View>
        </PageState>
      </Section>
      {selected && (
        <>
          <AwardForm name={selected.name} manual={manual} />
          <AwardLedger manual={manual} />
        </>
      )}
    </View>
  )
}
