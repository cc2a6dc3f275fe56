// Selectors: [data-testid=event-detail] [data-testid=event-standing] .go-checkin .ask-leave [data-testid=leave-form] .leave-submit .leave-remind .manage-event .life-meeting-record
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { EventDetail } from '@contract'
import { CHECKIN_METHOD_LABELS, LEAVE_STATUS_LABELS } from '@contract/eventTypes'
import PageState from '@/components/PageState'
import RemindMeButton from '@/components/RemindMeButton'
import StatusChip from '@/components/StatusChip'
import { useEventDetail } from '@/hooks/events/useEventDetail'
import type { useSubscribe } from '@/hooks/notices/useSubscribe'
import { lifeMeetingUrl } from '@/hooks/organisationLife/pages'
import { eventWhen, standingText, standingTone, typeLabel } from '@/utils/events'
import { formatDateTime } from '@/utils/time'
import LeaveForm from './LeaveForm'
import MinutesCard from './MinutesCard'
import './index.scss'

const canAskLeave = (event: EventDetail) =>
  event.me.expected &&
  (event.me.attendance === 'not_started' || event.me.attendance === 'can_check_in') &&
  Date.parse(event.serverNow) < Date.parse(event.start) &&
  event.me.leave?.status !== 'approved'

type Subscription = ReturnType<typeof useSubscribe>

/** Type, title, when and where. */
function EventHero({ detail }: { detail: EventDetail }) {
  return (
    <View className="event-page__hero">
      <Text className="event-page__type">{typeLabel(detail)}</Text>
      <Text className="event-page__title">{detail.title}</Text>
      <Text className="event-page__when">{eventWhen(detail)}</Text>
      <Text className="event-page__where">{detail.venue.name}</Text>
    </View>
  )
}

/** The member's 请假: its state and reason, why it was turned down, or a reminder while it waits. */
function LeaveRow({ leave, subscription }: { leave: EventDetail['me']['leave']; subscription: Subscription }) {
  if (!leave) return null
  return (
    <View className="event-page__row">
      <Text className="event-page__label">请假</Text>
      <View className="event-page__value event-page__value--stack" data-testid="event-leave">
        <Text>
          {LEAVE_STATUS_LABELS[leave.status]}：{leave.reason}
        </Text>
        {leave.status === 'rejected' && leave.decisionNote && (
          <Text className="event-page__note">驳回理由：{leave.decisionNote}</Text>
        )}
        {leave.status === 'pending' && (
          <RemindMeButton className="leave-remind" subscription={subscription} kind="leave" label="审批结果通知我" />
        )}
      </View>
    </View>
  )
}

/** 签到方式 and, for a cancelled event, why. */
function CheckinRows({ detail }: { detail: EventDetail }) {
  return (
    <>
      <View className="event-page__row">
        <Text className="event-page__label">签到方式</Text>
        <Text className="event-page__value">
          {CHECKIN_METHOD_LABELS[detail.method]}，{formatDateTime(detail.checkinOpensAt)} 起
        </Text>
      </View>
      {detail.status === 'cancelled' && (
        <View className="event-page__row">
          <Text className="event-page__label">已取消</Text>
          <Text className="event-page__value">{detail.cancelReason ?? '活动已取消'}</Text>
        </View>
      )}
    </>
  )
}

/** 去签到, 请假 and 管理活动, each when it applies. */
function EventActions({
  detail,
  leaveOpen,
  onAskLeave,
}: {
  detail: EventDetail
  leaveOpen: boolean
  onAskLeave: () => void
}) {
  return (
    <View className="event-page__actions">
      {detail.me.attendance === 'can_check_in' && (
        <Button
          className="go-checkin"
          type="primary"
          block
          onClick={() => void Taro.navigateTo({ url: `/pages/checkin/index?eventId=${detail.id}` })}
        >
          去签到
        </Button>
      )}
      {canAskLeave(detail) && !leaveOpen && (
        <Button className="ask-leave" fill="outline" block onClick={onAskLeave}>
          {detail.me.leave?.status === 'pending' ? '修改请假理由' : '请假'}
        </Button>
      )}
      {detail.type === 'life_meeting' && (
        <Button
          className="life-meeting-record"
          fill="outline"
          type="primary"
          block
          onClick={() => void Taro.navigateTo({ url: lifeMeetingUrl(detail.id) })}
        >
          对照检查材料与整改清单
        </Button>
      )}
      {detail.canManage && (
        <Button
          className="manage-event"
          fill="outline"
          type="primary"
          block
          onClick={() => void Taro.navigateTo({ url: `/packages/secretary/event-manage/index?eventId=${detail.id}` })}
        >
          管理活动
        </Button>
      )}
    </View>
  )
}

/** 活动议程. */
function AgendaCard({ agenda }: { agenda: string }) {
  return (
    <View className="event-page__card">
      <Text className="event-page__heading">活动议程</Text>
      <Text className="event-page__text">{agenda}</Text>
    </View>
  )
}

/** 活动详情 for a member: when, where, what; their standing; check-in and 请假. */
export default function EventPage() {
  const eventId = useRouter().params.eventId ?? ''
  const { event, subscription, leaveForm, openLeave, closeLeave, submitLeave } = useEventDetail(eventId)
  const detail = event.data

  return (
    <View className="page event-page">
      <PageState loading={event.loading && !detail} error={event.error} onRetry={event.reload}>
        {detail && (
          <View data-testid="event-detail">
            <EventHero detail={detail} />
            <View className="event-page__card">
              <View className="event-page__row">
                <Text className="event-page__label">我的状态</Text>
                <View data-testid="event-standing">
                  <StatusChip tone={standingTone(detail.me.attendance)}>{standingText(detail.me)}</StatusChip>
                </View>
              </View>
              <LeaveRow leave={detail.me.leave} subscription={subscription} />
              <CheckinRows detail={detail} />
              <EventActions detail={detail} leaveOpen={leaveForm.open} onAskLeave={openLeave} />
              {leaveForm.open && (
                <LeaveForm
                  error={leaveForm.error}
                  submitting={leaveForm.submitting}
                  onSubmit={submitLeave}
                  onCancel={closeLeave}
                />
              )}
            </View>
            {detail.agenda && <AgendaCard agenda={detail.agenda} />}
            {detail.minutes && <MinutesCard minutes={detail.minutes} />}
          </View>
        )}
      </PageState>
    </View>
  )
}
