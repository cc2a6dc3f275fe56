// Selectors: [data-testid=event-manage] .open-screen .edit-event .write-minutes .export-event .cancel-event [data-testid=attendance-counts] [data-testid=attendee-row][data-member-id=<id>] .makeup-button [data-testid=makeup-sheet] .makeup-submit [data-testid=leave-row] .leave-approve .leave-reject .close-checkin .life-meeting-record
import { Text, View } from '@tarojs/components'
import { useDidShow, useRouter } from '@tarojs/taro'
import { EVENT_TEXT_LIMITS } from '@contract/eventTypes'
import PageState from '@/components/PageState'
import { useEventManage } from '@/hooks/events/useEventManage'
import ReasonSheet from '../components/ReasonSheet'
import RejectLeaveSheet from '../components/RejectLeaveSheet'
import ManageActions from './ManageActions'
import ManageAttendance from './ManageAttendance'
import ManageHead from './ManageHead'
import './index.scss'

/** 活动管理 (secretary): the event's check-in screen, live attendance, leave, 补签, minutes, ledger and cancel. */
export default function EventManage() {
  const eventId = useRouter().params.eventId ?? ''
  const manage = useEventManage(eventId)
  const { event, attendance } = manage
  const detail = event.data
  const sheet = attendance.data
  useDidShow(() => void manage.refresh())

  return (
    <View className="page event-manage" data-testid="event-manage">
      <PageState loading={event.loading && !detail} error={event.error} onRetry={event.reload}>
        {detail && (
          <>
            <ManageHead detail={detail} />
            {detail.canManage && detail.status !== 'cancelled' && <ManageActions detail={detail} manage={manage} />}
            {detail.status === 'cancelled' && (
              <Text className="event-manage__cancelled">
                活动已取消{detail.cancelReason ? `：${detail.cancelReason}` : ''}
              </Text>
            )}
            {sheet && <ManageAttendance detail={detail} sheet={sheet} manage={manage} />}
          </>
        )}
      </PageState>
      <ReasonSheet
        title={manage.makeupFor && `为 ${manage.makeupFor.name} 补签`}
        label="补签原因"
        limit={EVENT_TEXT_LIMITS.makeupReason}
        placeholder="请填写补签原因，如：手机没电，现场确认到会"
        submitLabel="确认补签"
        submitClass="makeup-submit"
        testId="makeup-sheet"
        error={manage.makeupError}
        busy={manage.busy}
        onSubmit={(reason) => void manage.makeUp(reason)}
        onEdit={manage.clearMakeupError}
        onClose={() => manage.openMakeup(undefined)}
      />
      <RejectLeaveSheet decision={manage.leaveDecision} />
    </View>
  )
}
