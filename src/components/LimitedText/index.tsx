import { Text, View } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import { textLength, tooLong } from '@/utils/limits'
import './index.scss'

interface Props {
  id?: string
  className?: string
  /** Names the field in the over-limit message (活动主题不能超过 50 个字). */
  label: string
  limit: number
  value: string
  placeholder?: string
  multiline?: boolean
  disabled?: boolean
  onChange: (value: string) => void
}

/**
 * A text field with its limit in view: a counter under it, and over the
 * limit the counter turns red with the message the server would give. What
 * was typed or pasted is never cut; the form refuses it with that message.
 */
export default function LimitedText({ id, className, label, limit, multiline, ...field }: Props) {
  const over = tooLong(label, field.value, limit)
  const count = (
    <Text className={`limited-text__count ${over ? 'limited-text__count--over' : ''}`} data-testid="text-count">
      {textLength(field.value)}/{limit}
    </Text>
  )
  return (
    <View className={`limited-text ${multiline ? '' : 'limited-text--line'} ${className ?? ''}`}>
      {multiline ? (
        <>
          <TextArea id={id} autoSize {...field} />
          <View className="limited-text__foot">{count}</View>
        </>
      ) : (
        <View className="limited-text__row">
          <Input id={id} {...field} />
          {count}
        </View>
      )}
      {over && <Text className="limited-text__over">{over}</Text>}
    </View>
  )
}
