import { Input } from '@nutui/nutui-react-taro'
import Field from './Field'

interface Props {
  label: string
  id: string
  type: 'number' | 'digit'
  placeholder?: string
  value: string
  onChange: (value: string) => void
}

/** A labelled line with a short typed value (minutes, metres, coordinates). */
export default function InputField({ label, id, type, placeholder, value, onChange }: Props) {
  return (
    <Field label={label}>
      <Input id={id} type={type} placeholder={placeholder} value={value} onChange={onChange} />
    </Field>
  )
}
