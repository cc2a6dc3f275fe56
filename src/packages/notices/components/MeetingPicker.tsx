import { Text, View } from '@tarojs/components'
import { Radio, RadioGroup } from '@nutui/nutui-react-taro'
import type { LinkableEvent } from '@contract'
import { formatDateTime } from '@/utils/time'

interface Props {
  events: LinkableEvent[]
  value: string
  onChange: (eventId: string) => void
}

/** The planned meeting a meeting notice announces (its time, venue and check-in are shown to members). */
export default function MeetingPicker({ events, value, onChange }: Props) {
  if (!events.length) return <Text className="notice-edit__hint">暂无可关联的会议，请先在“活动管理”中创建会议。</Text>
  return (
    <RadioGroup className="notice-meetings" value={value} onChange={(eventId) => onChange(String(eventId))}>
      {events.map((event) => (
        <Radio key={event.eventId} value={event.eventId}>
          <View className="notice-edit__meeting">
            <Text>{event.title}</Text>
            <Text className="notice-edit__hint">
              {formatDateTime(event.startAt)} · {event.venue}
            </Text>
          </View>
        </Radio>
      ))}
    </RadioGroup>
  )
}
