import { Text, View } from '@tarojs/components'
import PageState from '@/components/PageState'
import { useMemberHistory } from '@/hooks/members/useAdminRoster'
import { HISTORY_LABELS } from '@/utils/members'
import { formatDateTime } from '@/utils/time'

export default function MemberHistory({ memberId }: { memberId: string }) {
  const { data, loading, error, reload } = useMemberHistory(memberId)
  return (
    <View data-testid="member-history">
      <PageState loading={loading} error={error} onRetry={reload}>
        {data?.length === 0 && <Text className="member-history__empty">暂无变更记录</Text>}
        {data?.map((item) => (
          <View className="member-history__item" key={`${item.at}-${item.change}`}>
            <Text className="member-history__what">
              {HISTORY_LABELS[item.change]}：{item.from || '—'} → {item.to || '—'}
            </Text>
            <Text className="member-history__when">
              {formatDateTime(item.at)} · {item.by}
            </Text>
          </View>
        ))}
      </PageState>
    </View>
  )
}
