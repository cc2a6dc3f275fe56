import Taro from '@tarojs/taro'
import EmptyState from '@/components/EmptyState'
import EventCard from '@/components/EventCard'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useMyEvents } from '@/hooks/events/useMyEvents'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'

/** 近期活动: the member's upcoming and recent 主题党日 and 三会一课 with their own standing. */
export default function UpcomingEvents() {
  const { data, loading, error, reload } = useMyEvents()
  useReloadOnShow(reload)
  return (
    <Section title="近期活动" testId="home-events">
      <PageState loading={loading && !data} error={error} onRetry={reload}>
        {data?.length === 0 && <EmptyState title="暂无活动" description="支部发布主题党日、三会一课后将显示在这里" />}
        {data?.map((event) => (
          <EventCard
            key={event.id}
            event={event}
            onClick={() => void Taro.navigateTo({ url: `/pages/event/index?eventId=${event.id}` })}
          />
        ))}
      </PageState>
    </Section>
  )
}
