import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Popup, TextArea } from '@nutui/nutui-react-taro'
import type { AttendeeRow } from '@contract'
import './AttendeeList.scss'

interface Props {
  row: AttendeeRow | undefined
  error?: string
  busy: boolean
  onSubmit: (reason: string) => void
  onClose: () => void
}

/** 补签 needs a reason; it is kept with the check-in together with who made it and when. */
export default function MakeupSheet({ row, error, busy, onSubmit, onClose }: Props) {
  const [reason, setReason] = useState('')
  return (
    <Popup visible={Boolean(row)} position="bottom" round closeable destroyOnClose onClose={onClose}>
      {row && (
        <View className="makeup-sheet" data-testid="makeup-sheet">
          <Text className="makeup-sheet__title">为 {row.name} 补签</Text>
          <TextArea
            className="makeup-sheet__input"
            placeholder="请填写补签原因，如：手机没电，现场确认到会"
            maxLength={200}
            value={reason}
            onChange={setReason}
          />
          {error && <Text className="makeup-sheet__error">{error}</Text>}
          <Button className="makeup-submit" type="primary" block loading={busy} onClick={() => onSubmit(reason)}>
            确认补签
          </Button>
        </View>
      )}
    </Popup>
  )
}
