import { Text, View } from '@tarojs/components'
import type { EventDetail } from '@contract'
import { CHECKIN_METHOD_LABELS, EVENT_PHASE_LABELS } from '@contract/eventTypes'
import StatusChip from '@/components/StatusChip'
import { eventWhen, typeLabel } from '@/utils/events'

/** The event's type, phase, title, time, venue and check-in method. */
export default function ManageHead({ detail }: { detail: EventDetail }) {
  return (
    <View className="event-manage__head">
      <View className="event-manage__tags">
        <StatusChip tone="danger">{typeLabel(detail)}</StatusChip>
        <StatusChip tone={detail.phase === 'open' ? 'success' : 'default'}>
          {EVENT_PHASE_LABELS[detail.phase]}
        </StatusChip>
      </View>
      <Text className="event-manage__title">{detail.title}</Text>
      <Text className="event-manage__meta">{eventWhen(detail)}</Text>
      <Text className="event-manage__meta">
        {detail.venue.name} · {CHECKIN_METHOD_LABELS[detail.method]}
      </Text>
    </View>
  )
}
