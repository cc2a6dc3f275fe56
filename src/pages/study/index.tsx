// Selectors: [data-testid=study-points]
import { View } from '@tarojs/components'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useBoundProfile } from '@/hooks/me'

/** 学习: points and study materials arrive with the points feature. */
export default function Study() {
  const { profile, loading, error, refresh } = useBoundProfile()
  return (
    <View className="page">
      <PageState loading={loading || !profile} error={error} onRetry={refresh}>
        <Section title="学习积分" testId="study-points">
          <EmptyState title="暂无积分记录" description="参加组织生活、完成学习后将在这里累计积分" />
        </Section>
      </PageState>
    </View>
  )
}
