import { Text, View } from '@tarojs/components'
import {
  AUDIENCE_LABELS,
  EVENT_TEXT_LIMITS,
  EVENT_TYPE_AUDIENCE,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
} from '@contract/eventTypes'
import LimitedText from '@/components/LimitedText'
import type { EventEditor } from '@/hooks/events/useEventEditor'
import Field from '../components/Field'
import SelectField from '../components/SelectField'

interface Props {
  form: EventEditor['form']
  update: EventEditor['update']
  groups: EventEditor['groups']
}

/** The first card: type (and 党小组 for a group meeting), who attends, topic and agenda. */
export default function TopicFields({ form, update, groups }: Props) {
  return (
    <View className="form-card" data-testid="event-form">
      <SelectField
        label="活动类型"
        id="event-type"
        options={EVENT_TYPES}
        labelOf={(type) => EVENT_TYPE_LABELS[type]}
        value={form.type}
        onChange={(type) => update('type', type)}
      />
      {form.type === 'group_meeting' && (
        <SelectField
          label="党小组"
          id="event-group"
          options={groups}
          labelOf={(group) => group.name}
          value={groups.find((group) => group.id === form.groupId)}
          placeholder="请选择党小组"
          onChange={(group) => update('groupId', group?.id ?? null)}
        />
      )}
      <Field label="参会人员">
        <Text className="form-card__static">{AUDIENCE_LABELS[EVENT_TYPE_AUDIENCE[form.type]]}</Text>
      </Field>
      <Field label="活动主题">
        <LimitedText
          id="event-title"
          label="活动主题"
          limit={EVENT_TEXT_LIMITS.title}
          placeholder="如：学习贯彻全会精神主题党日"
          value={form.title}
          onChange={(v) => update('title', v)}
        />
      </Field>
      <Field label="活动议程" column>
        <LimitedText
          id="event-agenda"
          label="活动议程"
          limit={EVENT_TEXT_LIMITS.agenda}
          multiline
          placeholder="选填：议程安排，每项一行"
          value={form.agenda}
          onChange={(v) => update('agenda', v)}
        />
      </Field>
    </View>
  )
}
