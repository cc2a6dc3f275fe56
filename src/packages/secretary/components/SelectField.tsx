import { Picker, Text } from '@tarojs/components'
import Field from './Field'

interface Props<T> {
  label: string
  /** The id of the picker's text (browser tests find it by id). */
  id: string
  options: readonly T[]
  labelOf: (option: T) => string
  /** The chosen option; `placeholder` shows while there is none. */
  value: T | undefined
  placeholder?: string
  onChange: (option: T) => void
}

/** A labelled line whose value is picked from a list (活动类型, 党小组, 签到方式). */
export default function SelectField<T>({ label, id, options, labelOf, value, placeholder, onChange }: Props<T>) {
  const index = value === undefined ? -1 : options.indexOf(value)
  return (
    <Field label={label}>
      <Picker
        mode="selector"
        range={options.map(labelOf)}
        value={Math.max(0, index)}
        onChange={(e) => onChange(options[Number(e.detail.value)])}
      >
        <Text id={id} className="form-card__picker">
          {index >= 0 ? labelOf(options[index]) : placeholder}
        </Text>
      </Picker>
    </Field>
  )
}
