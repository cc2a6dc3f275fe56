import { View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import SubmitBar from '@/components/SubmitBar'
import './ReasonForm.scss'

interface Props {
  /** The text area's id; the button's class is `<id>-submit`. */
  id: string
  placeholder: string
  value: string
  onChange: (value: string) => void
  submit: { run: () => unknown; running: boolean; error?: string }
  /** The button's text. */
  action: string
}

/** A reason the other side reads (退回, 驳回, 退款), and the button that sends it. */
export default function ReasonForm({ id, placeholder, value, onChange, submit, action }: Props) {
  return (
    <View className="reason-form">
      <TextArea id={id} placeholder={placeholder} maxLength={200} rows={2} value={value} onChange={onChange} />
      <SubmitBar error={submit.error} className={`${id}-submit`} loading={submit.running} onSubmit={submit.run}>
        {action}
      </SubmitBar>
    </View>
  )
}
