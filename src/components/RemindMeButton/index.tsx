import { Button } from '@nutui/nutui-react-taro'
import type { MessageKind } from '@contract'
import type { useSubscribe } from '@/hooks/notices/useSubscribe'

interface Props {
  className: string
  subscription: ReturnType<typeof useSubscribe>
  kind: MessageKind
  /** What the tap asks for, e.g. 「下次会议提醒我」. */
  label: string
}

/**
 * One kind of subscribe message asked for at the tap where it is useful
 * (after checking in, while a leave request waits); says how many are left.
 * Shown only when the admin configured that template.
 */
export default function RemindMeButton({ className, subscription, kind, label }: Props) {
  if (!subscription.offers(kind)) return null
  const credits = subscription.creditsOf(kind)
  return (
    <Button
      className={className}
      size="small"
      fill="outline"
      type="primary"
      loading={subscription.asking}
      onClick={() => void subscription.optIn([kind])}
    >
      {credits ? `${label}（已可提醒 ${credits} 次）` : label}
    </Button>
  )
}
