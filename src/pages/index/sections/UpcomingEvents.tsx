import EmptyState from '@/components/EmptyState'
import Section from '@/components/Section'

/** 近期活动: filled in by the events feature. */
export default function UpcomingEvents() {
  return (
    <Section title="近期活动" testId="home-events">
      <EmptyState title="暂无活动" description="支部发布主题党日、三会一课后将显示在这里" />
    </Section>
  )
}
