import { Text } from '@tarojs/components'
import type { EventDetail, LiveAttendance } from '@contract'
import Section from '@/components/Section'
import type { EventManageState } from '@/hooks/events/useEventManage'
import AttendanceCounts from '../components/AttendanceCounts'
import AttendeeList from '../components/AttendeeList'
import LeaveRow from '../components/LeaveRow'

interface Props {
  detail: EventDetail
  sheet: LiveAttendance
  manage: Pick<EventManageState, 'leaveDecision' | 'openMakeup'>
}

/** Leave requests waiting for a decision, then the attendance (补签 from a row while the event is live). */
export default function ManageAttendance({ detail, sheet, manage }: Props) {
  const ended = sheet.phase === 'ended' || sheet.phase === 'held'
  const canMakeUp = detail.canManage && detail.status !== 'cancelled' && detail.phase !== 'upcoming'
  return (
    <>
      {sheet.pendingLeaves.length > 0 && detail.canManage && (
        <Section title={`请假待审批（${sheet.pendingLeaves.length}）`} testId="event-leaves">
          {sheet.pendingLeaves.map((leave) => (
            <LeaveRow key={leave.memberId} leave={leave} onDecide={manage.leaveDecision.decide} />
          ))}
        </Section>
      )}
      <Section
        title={sheet.windowOpen ? '实时考勤' : '考勤'}
        testId="live-attendance"
        extra={sheet.windowOpen ? <Text className="event-manage__live">每 5 秒刷新</Text> : undefined}
      >
        <AttendanceCounts counts={sheet.counts} ended={ended} />
        <AttendeeList rows={sheet.attendees} onMakeup={canMakeUp ? manage.openMakeup : undefined} />
      </Section>
    </>
  )
}
