// Selectors: [data-testid=event-manage] .open-screen .edit-event .write-minutes .export-event .cancel-event [data-testid=attendance-counts] [data-testid=attendee-row][data-member-id=<id>] .makeup-button [data-testid=makeup-sheet] .makeup-submit [data-testid=leave-row] .leave-approve .leave-reject .close-checkin
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { CHECKIN_METHOD_LABELS, EVENT_PHASE_LABELS, EVENT_TEXT_LIMITS } from '@contract/eventTypes'
import PageState from '@/components/PageState'
import StatusChip from '@/components/StatusChip'
import Section from '@/components/Section'
import { useEventManage } from '@/hooks/events/useEventManage'
import { eventWhen, typeLabel } from '@/utils/events'
import AttendanceCounts from '../components/AttendanceCounts'
import AttendeeList from '../components/AttendeeList'
import LeaveRow from '../components/LeaveRow'
import ReasonSheet from '../components/ReasonSheet'
import RejectLeaveSheet from '../components/RejectLeaveSheet'
import './index.scss'

const go = (url: string) => void Taro.navigateTo({ url })

/** 活动管理 (secretary): the event's check-in screen, live attendance, leave, 补签, minutes, ledger and cancel. */
export default function EventManage() {
  const eventId = useRouter().params.eventId ?? ''
  const manage = useEventManage(eventId)
  const { event, attendance } = manage
  const detail = event.data
  const sheet = attendance.data
  useDidShow(() => void manage.refresh())
  const live = detail && detail.status !== 'cancelled'
  const ended = sheet ? sheet.phase === 'ended' || sheet.phase === 'held' : false

  return (
    <View className="page event-manage" data-testid="event-manage">
      <PageState loading={event.loading && !detail} error={event.error} onRetry={event.reload}>
        {detail && (
          <>
            <View className="event-manage__head">
              <View className="event-manage__tags">
                <StatusChip tone="danger">{typeLabel(detail)}</StatusChip>
                <StatusChip tone={detail.phase === 'open' ? 'success' : 'default'}>
                  {EVENT_PHASE_LABELS[detail.phase]}
                </StatusChip>
              </View>
              <Text className="event-manage__title">{detail.title}</Text>
              <Text className="event-manage__meta">{eventWhen(detail)}</Text>
              <Text className="event-manage__meta">
                {detail.venue.name} · {CHECKIN_METHOD_LABELS[detail.method]}
              </Text>
            </View>
            {detail.canManage && live && (
              <View className="event-manage__actions">
                {detail.phase !== 'held' && (
                  <Button
                    className="open-screen"
                    type="primary"
                    onClick={() => go(`/packages/secretary/checkin-screen/index?eventId=${eventId}`)}
                  >
                    签到屏
                  </Button>
                )}
                {detail.phase === 'open' && (
                  <Button className="close-checkin" fill="outline" onClick={() => void manage.closeWindow()}>
                    结束签到
                  </Button>
                )}
                {(detail.phase === 'upcoming' || detail.phase === 'open') && detail.status === 'planned' && (
                  <Button
                    className="edit-event"
                    fill="outline"
                    onClick={() =>
                      void Taro.navigateTo({ url: `/packages/secretary/event-edit/index?eventId=${eventId}` })
                    }
                  >
                    编辑
                  </Button>
                )}
                {detail.phase !== 'upcoming' && (
                  <Button
                    className="write-minutes"
                    fill="outline"
                    onClick={() => go(`/packages/secretary/minutes/index?eventId=${eventId}`)}
                  >
                    {detail.minutes ? '修改会议记录' : '会议记录'}
                  </Button>
                )}
                <Button
                  className="export-event"
                  fill="outline"
                  loading={manage.busy}
                  onClick={() => void manage.exportLedger()}
                >
                  导出台账
                </Button>
                {detail.status === 'planned' && (
                  <Button className="cancel-event" fill="outline" type="danger" onClick={() => void manage.cancel()}>
                    取消活动
                  </Button>
                )}
              </View>
            )}
            {detail.status === 'cancelled' && (
              <Text className="event-manage__cancelled">
                活动已取消{detail.cancelReason ? `：${detail.cancelReason}` : ''}
              </Text>
            )}
            {sheet && sheet.pendingLeaves.length > 0 && detail.canManage && (
              <Section title={`请假待审批（${sheet.pendingLeaves.length}）`} testId="event-leaves">
                {sheet.pendingLeaves.map((leave) => (
                  <LeaveRow key={leave.memberId} leave={leave} onDecide={manage.leaveDecision.decide} />
                ))}
              </Section>
            )}
            {sheet && (
              <Section
                title={sheet.windowOpen ? '实时考勤' : '考勤'}
                testId="live-attendance"
                extra={sheet.windowOpen ? <Text className="event-manage__live">每 5 秒刷新</Text> : undefined}
              >
                <AttendanceCounts counts={sheet.counts} ended={ended} />
                <AttendeeList
                  rows={sheet.attendees}
                  onMakeup={detail.canManage && live && detail.phase !== 'upcoming' ? manage.openMakeup : undefined}
                />
              </Section>
            )}
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
