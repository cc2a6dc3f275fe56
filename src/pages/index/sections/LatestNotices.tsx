import EmptyState from '@/components/EmptyState'
import Section from '@/components/Section'

/** 最新通知: filled in by the notices feature. */
export default function LatestNotices() {
  return (
    <Section title="最新通知" testId="home-notices">
      <EmptyState title="暂无通知" />
    </Section>
  )
}
