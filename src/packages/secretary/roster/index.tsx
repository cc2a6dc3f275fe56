// Selectors: [data-testid=roster-summary] [data-testid=roster-row][data-member-id=<id>] .invite-button
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import RosterRow from '@/components/RosterRow'
import { useInvite } from '@/hooks/members/useInvite'
import { rosterSummary, useRoster } from '@/hooks/members/useRoster'
import './index.scss'

/** 支部名册 (secretary): the own branch, phones masked; invite codes for the unbound. */
export default function SecretaryRoster() {
  const { data, loading, error, reload } = useRoster()
  const { invite, pendingId } = useInvite()
  return (
    <View className="page roster-page">
      <PageState loading={loading && !data} error={error} onRetry={reload}>
        <View className="roster-page__summary" data-testid="roster-summary">
          <Text>{rosterSummary(data ?? [])}</Text>
        </View>
        {data?.length === 0 && <EmptyState title="本支部暂无党员" description="请联系党务管理员导入名册" />}
        {data?.map((entry) => (
          <RosterRow
            key={entry.memberId}
            entry={entry}
            action={
              !entry.bound &&
              entry.status === 'active' && (
                <Button
                  className="invite-button"
                  size="mini"
                  type="primary"
                  fill="outline"
                  loading={pendingId === entry.memberId}
                  onClick={() => void invite(entry)}
                >
                  生成邀请码
                </Button>
              )
            }
          />
        ))}
      </PageState>
    </View>
  )
}
