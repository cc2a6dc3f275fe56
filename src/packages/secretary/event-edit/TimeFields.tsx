import { View } from '@tarojs/components'
import { CHECKIN_METHOD_LABELS, CHECKIN_METHODS } from '@contract/eventTypes'
import type { EventEditor } from '@/hooks/events/useEventEditor'
import InputField from '../components/InputField'
import SelectField from '../components/SelectField'
import DateTimeField from './DateTimeField'

interface Props {
  editor: Pick<EventEditor, 'form' | 'update' | 'setStart' | 'firstDay'>
}

/** The third card: start and end, the check-in method and its window. */
export default function TimeFields({ editor: { form, update, setStart, firstDay } }: Props) {
  return (
    <View className="form-card">
      <DateTimeField
        label="开始"
        id="event-start"
        date={form.startDate}
        time={form.startTime}
        firstDay={firstDay}
        onDate={(date) => setStart({ startDate: date })}
        onTime={(time) => setStart({ startTime: time })}
      />
      <DateTimeField
        label="结束"
        id="event-end"
        date={form.endDate}
        time={form.endTime}
        firstDay={form.startDate}
        onDate={(date) => update('endDate', date)}
        onTime={(time) => update('endTime', time)}
      />
      <SelectField
        label="签到方式"
        id="event-method"
        options={CHECKIN_METHODS}
        labelOf={(method) => CHECKIN_METHOD_LABELS[method]}
        value={form.method}
        onChange={(method) => update('method', method)}
      />
      <InputField
        label="提前签到(分)"
        id="event-opens-before"
        type="number"
        value={form.opensBeforeMinutes}
        onChange={(v) => update('opensBeforeMinutes', v)}
      />
      <InputField
        label="迟到判定(分)"
        id="event-late-after"
        type="number"
        value={form.lateAfterMinutes}
        onChange={(v) => update('lateAfterMinutes', v)}
      />
    </View>
  )
}
