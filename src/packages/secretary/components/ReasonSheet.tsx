import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Popup, TextArea } from '@nutui/nutui-react-taro'
import './ReasonSheet.scss'

interface Props {
  /** The sheet shows while this is set. */
  title: string | undefined
  hint?: string
  placeholder: string
  /** The confirming button: its text and class (browser tests find it by class). */
  submitLabel: string
  submitClass: string
  testId: string
  error?: string
  busy: boolean
  onSubmit: (reason: string) => void
  onClose: () => void
}

/** A bottom sheet that asks for a reason before a decision (补签, 驳回请假); its button is the confirmation. */
export default function ReasonSheet(props: Props) {
  const { title, hint, placeholder, submitLabel, submitClass, testId, error, busy, onSubmit, onClose } = props
  const [reason, setReason] = useState('')
  return (
    <Popup visible={Boolean(title)} position="bottom" round closeable destroyOnClose onClose={onClose}>
      {title && (
        <View className="reason-sheet" data-testid={testId}>
          <Text className="reason-sheet__title">{title}</Text>
          {hint && <Text className="reason-sheet__hint">{hint}</Text>}
          <TextArea
            className="reason-sheet__input"
            placeholder={placeholder}
            showCount
            maxLength={200}
            value={reason}
            onChange={setReason}
          />
          {error && <Text className="reason-sheet__error">{error}</Text>}
          <Button className={submitClass} type="primary" block loading={busy} onClick={() => onSubmit(reason)}>
            {submitLabel}
          </Button>
        </View>
      )}
    </Popup>
  )
}
