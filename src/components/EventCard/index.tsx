import { Text, View } from '@tarojs/components'
import StatusChip from '@/components/StatusChip'
import type { EventSummary } from '@contract'
import { eventWhen, standingText, standingTone, typeLabel } from '@/utils/events'
import './index.scss'

interface Props {
  event: EventSummary
  onClick: () => void
}

/** One event line: type, title, when and where, and the member's own standing on the right. */
export default function EventCard({ event, onClick }: Props) {
  return (
    <View className="event-card" data-testid="event-card" data-event-id={event.id} onClick={onClick}>
      <View className="event-card__main">
        <View className="event-card__head">
          <Text className="event-card__type">{typeLabel(event)}</Text>
          <Text className="event-card__title">{event.title}</Text>
        </View>
        <Text className="event-card__meta">{eventWhen(event)}</Text>
        <Text className="event-card__meta">{event.venueName}</Text>
      </View>
      <View className="event-card__side" data-testid="event-standing">
        <StatusChip tone={standingTone(event.me.attendance)}>{standingText(event.me)}</StatusChip>
      </View>
    </View>
  )
}
