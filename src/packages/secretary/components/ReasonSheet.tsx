import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Popup } from '@nutui/nutui-react-taro'
import LimitedText from '@/components/LimitedText'
import SubmitBar from '@/components/SubmitBar'
import './ReasonSheet.scss'

interface Props {
  /** The sheet shows while this is set. */
  title: string | undefined
  /** Names the reason in the over-limit message. */
  label: string
  limit: number
  hint?: string
  placeholder: string
  /** The confirming button: its text and class (browser tests find it by class). */
  submitLabel: string
  submitClass: string
  testId: string
  error?: string
  busy: boolean
  onSubmit: (reason: string) => void
  /** The reason changed: a message about the old text no longer applies. */
  onEdit: () => void
  onClose: () => void
}

/** A bottom sheet that asks for a reason before a decision (补签, 驳回请假); its button is the confirmation. */
export default function ReasonSheet(props: Props) {
  const { title, label, limit, hint, placeholder, submitLabel, submitClass, testId, error, busy } = props
  const [reason, setReason] = useState('')
  return (
    <Popup visible={Boolean(title)} position="bottom" round closeable destroyOnClose onClose={props.onClose}>
      {title && (
        <View className="reason-sheet" data-testid={testId}>
          <Text className="reason-sheet__title">{title}</Text>
          {hint && <Text className="reason-sheet__hint">{hint}</Text>}
          <LimitedText
            className="reason-sheet__input"
            label={label}
            limit={limit}
            multiline
            placeholder={placeholder}
            value={reason}
            onChange={(value) => {
              setReason(value)
              props.onEdit()
            }}
          />
          <SubmitBar
            error={error}
            errorClassName="reason-sheet__error"
            className={submitClass}
            loading={busy}
            onSubmit={() => props.onSubmit(reason)}
          >
            {submitLabel}
          </SubmitBar>
        </View>
      )}
    </Popup>
  )
}
