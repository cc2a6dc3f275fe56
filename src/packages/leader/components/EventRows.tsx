import { Text, View } from '@tarojs/components'
import type { EventStatsRow } from '@contract'
import EmptyState from '@/components/EmptyState'
import { shanghai } from '@/utils/time'
import { formatRate } from '@/utils/stats'
import './EventRows.scss'

/** The period's events with their attendance; a meeting still to come shows 未开展. */
export default function EventRows({ events }: { events: EventStatsRow[] }) {
  if (!events.length)
    return <EmptyState title="本期暂无活动" description="支部书记在「活动管理」中创建主题党日和三会一课" />
  return (
    <View className="event-rows" data-testid="event-rows">
      {events.map((event) => (
        <View key={event.eventId} className="event-rows__item" data-testid="event-row">
          <View className="event-rows__main">
            <Text className="event-rows__title">{event.title}</Text>
            <Text className="event-rows__meta">
              {shanghai(event.start).format('M月D日 HH:mm')} · {event.typeLabel}
              {event.groupName ? ` · ${event.groupName}` : ''}
            </Text>
          </View>
          {event.held ? (
            <View className="event-rows__figures">
              <Text className="event-rows__rate">{formatRate(event.attendance)}</Text>
              <Text className="event-rows__counts">
                实到 {event.checkedIn}/{event.expected - event.approvedLeave}
                {event.approvedLeave ? ` · 请假 ${event.approvedLeave}` : ''}
                {event.late ? ` · 迟到 ${event.late}` : ''}
              </Text>
            </View>
          ) : (
            <Text className="event-rows__pending">未开展</Text>
          )}
        </View>
      ))}
    </View>
  )
}
