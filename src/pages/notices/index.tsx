// Selectors: [data-testid=notice-list]
import { View } from '@tarojs/components'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useBoundProfile } from '@/hooks/me'

/** 通知: the notice list arrives with the notices feature. */
export default function Notices() {
  const { profile, loading, error, refresh } = useBoundProfile()
  return (
    <View className="page">
      <PageState loading={loading || !profile} error={error} onRetry={refresh}>
        <Section title="通知公告" testId="notice-list">
          <EmptyState title="暂无通知" />
        </Section>
      </PageState>
    </View>
  )
}
