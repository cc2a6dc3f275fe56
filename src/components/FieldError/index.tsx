import { Text } from '@tarojs/components'
import './index.scss'

/** The error of the input just above it (or of the form, above its button); nothing when there is none. */
export default function FieldError({ message }: { message?: string }) {
  if (!message) return null
  return (
    <Text className="field-error" data-testid="field-error">
      {message}
    </Text>
  )
}
