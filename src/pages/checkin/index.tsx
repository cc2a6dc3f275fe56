// Selectors: [data-testid=checkin-page] #checkin-code .checkin-submit .checkin-scan [data-testid=checkin-error] [data-testid=checkin-done] [data-testid=checkin-closed]
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { EventDetail } from '@contract'
import { ATTENDANCE_STATE_LABELS } from '@contract/eventTypes'
import PageState from '@/components/PageState'
import RemindMeButton from '@/components/RemindMeButton'
import { useSubscribe } from '@/hooks/notices/useSubscribe'
import { checkinTarget, useCheckIn } from '@/hooks/events/useCheckIn'
import { clock, eventWhen, typeLabel } from '@/utils/events'
import { formatDateTime } from '@/utils/time'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** Why the member cannot check in right now, in their words. */
const closedReason = (event: EventDetail) => {
  switch (event.me.attendance) {
    case 'not_started':
      return `签到将于 ${formatDateTime(event.checkinOpensAt)} 开放`
    case 'absent':
      return '签到已结束。如确实到会，请联系支部书记补签'
    case 'not_expected':
      return '您不在本次活动的参会范围内'
    default:
      return ATTENDANCE_STATE_LABELS[event.me.attendance]
  }
}

type CheckIn = ReturnType<typeof useCheckIn>
type Subscription = ReturnType<typeof useSubscribe>

/** Type, title, when and where of the event being checked into. */
function EventSummary({ detail }: { detail: EventDetail }) {
  return (
    <View className="checkin-page__event">
      <Text className="checkin-page__type">{typeLabel(detail)}</Text>
      <Text className="checkin-page__title">{detail.title}</Text>
      <Text className="checkin-page__meta">{eventWhen(detail)}</Text>
      <Text className="checkin-page__meta">{detail.venue.name}</Text>
    </View>
  )
}

/** 已签到 with the time, and an offer to be reminded of the next meeting. */
function CheckedIn({ at, late, subscription }: { at: string; late: boolean | undefined; subscription: Subscription }) {
  return (
    <View className="checkin-page__done" data-testid="checkin-done">
      <View className="checkin-page__tick">✓</View>
      <Text className="checkin-page__done-title">{late ? '已签到（迟到）' : '已签到'}</Text>
      <Text className="checkin-page__done-time">签到时间 {clock(at)}</Text>
      <RemindMeButton className="checkin-remind" subscription={subscription} kind="meeting" label="下次会议提醒我" />
    </View>
  )
}

/** The 6-digit code box. */
function CodeInput({ code, setCode }: Pick<CheckIn, 'code' | 'setCode'>) {
  return (
    <>
      <Text className="checkin-page__label">请输入签到屏上的 6 位签到码</Text>
      <Input
        id="checkin-code"
        className="checkin-page__code"
        type="number"
        maxLength={6}
        placeholder="······"
        value={code}
        onChange={(value) => setCode(value.replace(/\D/g, '').slice(0, 6))}
      />
    </>
  )
}

/** The code and/or location form, with its error, submit and (in WeChat) scan. */
function CheckinForm({ method, checkIn }: { method: EventDetail['method']; checkIn: CheckIn }) {
  const { code, setCode, submit, scan, error, submitting } = checkIn
  return (
    <View className="checkin-page__form">
      {method !== 'location' && <CodeInput code={code} setCode={setCode} />}
      {method !== 'code' && <Text className="checkin-page__hint">本活动需要定位签到，提交时将获取您当前的位置</Text>}
      {error && (
        <Text className="checkin-page__error" data-testid="checkin-error">
          {error}
        </Text>
      )}
      <Button className="checkin-submit" type="primary" block loading={submitting} onClick={() => void submit()}>
        {method === 'location' ? '定位签到' : '签到'}
      </Button>
      {IS_WEAPP && method !== 'location' && (
        <Button className="checkin-scan" fill="outline" type="primary" block onClick={() => void scan()}>
          扫码签到
        </Button>
      )}
    </View>
  )
}

/** Done, the form, or why not, depending on where the member stands. */
function CheckinBody({
  detail,
  checkIn,
  subscription,
}: {
  detail: EventDetail
  checkIn: CheckIn
  subscription: Subscription
}) {
  const checkedInAt = checkIn.result?.at ?? detail.me.checkedInAt
  const late = checkIn.result?.late ?? detail.me.late
  if (checkedInAt) return <CheckedIn at={checkedInAt} late={late} subscription={subscription} />
  if (detail.me.attendance === 'can_check_in') return <CheckinForm method={detail.method} checkIn={checkIn} />
  return (
    <View className="checkin-page__closed" data-testid="checkin-closed">
      <Text>{closedReason(detail)}</Text>
    </View>
  )
}

/** 签到: opened from an event, or by scanning the QR code on the secretary's screen. */
export default function CheckinPage() {
  const { eventId = '', code: scannedCode } = checkinTarget(useRouter().params)
  const checkIn = useCheckIn(eventId, scannedCode)
  const { event } = checkIn
  const detail = event.data
  const subscription = useSubscribe(true)

  return (
    <View className="page checkin-page" data-testid="checkin-page">
      <PageState loading={event.loading && !detail} error={event.error} onRetry={event.reload}>
        {detail && (
          <>
            <EventSummary detail={detail} />
            <CheckinBody detail={detail} checkIn={checkIn} subscription={subscription} />
          </>
        )}
      </PageState>
    </View>
  )
}
