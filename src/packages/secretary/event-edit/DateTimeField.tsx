import { Picker, Text, View } from '@tarojs/components'
import Field from '../components/Field'

interface Props {
  label: string
  /** The pickers' texts are `${id}-date` and `${id}-time`. */
  id: string
  date: string
  time: string
  /** No earlier day can be picked. */
  firstDay: string
  onDate: (date: string) => void
  onTime: (time: string) => void
}

/** A date picker and a time picker side by side (开始, 结束). */
export default function DateTimeField({ label, id, date, time, firstDay, onDate, onTime }: Props) {
  return (
    <Field label={label}>
      <View className="form-card__when">
        <Picker mode="date" value={date} start={firstDay} onChange={(e) => onDate(String(e.detail.value))}>
          <Text id={`${id}-date`} className="form-card__picker">
            {date}
          </Text>
        </Picker>
        <Picker mode="time" value={time} onChange={(e) => onTime(String(e.detail.value))}>
          <Text id={`${id}-time`} className="form-card__picker">
            {time}
          </Text>
        </Picker>
      </View>
    </Field>
  )
}
