import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { EVENT_TEXT_LIMITS } from '@contract/eventTypes'
import LimitedText from '@/components/LimitedText'

interface Props {
  error?: string
  submitting: boolean
  onSubmit: (reason: string) => Promise<boolean>
  onCancel: () => void
}

/** 请假 reason and submit, shown inline under the event. */
export default function LeaveForm({ error, submitting, onSubmit, onCancel }: Props) {
  const [reason, setReason] = useState('')
  return (
    <View className="leave-form" data-testid="leave-form">
      <Text className="leave-form__label">请假理由</Text>
      <LimitedText
        className="leave-form__input"
        label="请假理由"
        limit={EVENT_TEXT_LIMITS.leaveReason}
        multiline
        placeholder="请说明不能参加的原因，提交后由支部书记审批"
        value={reason}
        onChange={setReason}
      />
      {error && <Text className="leave-form__error">{error}</Text>}
      <View className="leave-form__actions">
        <Button size="small" fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button
          className="leave-submit"
          size="small"
          type="primary"
          loading={submitting}
          onClick={() => void onSubmit(reason)}
        >
          提交请假
        </Button>
      </View>
    </View>
  )
}
