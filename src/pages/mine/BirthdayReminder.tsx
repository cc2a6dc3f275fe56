import { View } from '@tarojs/components'
import RemindMeButton from '@/components/RemindMeButton'
import { useSubscribe } from '@/hooks/notices/useSubscribe'

/** 政治生日当天提醒我: one subscribe message on the member's next 政治生日 (shown when the admin configured it). */
export default function BirthdayReminder() {
  const subscription = useSubscribe(true)
  if (!subscription.offers('birthday')) return null
  return (
    <View className="mine__birthday">
      <RemindMeButton
        className="birthday-remind"
        subscription={subscription}
        kind="birthday"
        label="政治生日当天提醒我"
      />
    </View>
  )
}
