// Selectors: .attendance-tab--events .attendance-tab--leaves [data-testid=attendance-counts] [data-testid=attendance-count][data-kind=<present|late|onLeave|absent>] [data-testid=event-card] [data-testid=my-leave]
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { LeaveView, MyAttendance } from '@contract'
import { LEAVE_STATUS_LABELS, type LeaveStatus } from '@contract/eventTypes'
import EmptyState from '@/components/EmptyState'
import EventCard from '@/components/EventCard'
import PageState from '@/components/PageState'
import StatusChip from '@/components/StatusChip'
import { useMyAttendance } from '@/hooks/events/useMyAttendance'
import type { Tone } from '@/utils/events'
import { formatDateTime } from '@/utils/time'
import './index.scss'

type Tab = 'events' | 'leaves'

const COUNTS = [
  ['present', '按时出席'],
  ['late', '迟到'],
  ['onLeave', '请假'],
  ['absent', '缺席'],
] as const

const LEAVE_TONES: Record<LeaveStatus, Tone> = {
  pending: 'warning',
  approved: 'success',
  rejected: 'danger',
  withdrawn: 'default',
}

function Counts({ record }: { record: MyAttendance }) {
  return (
    <View className="attendance__summary" data-testid="attendance-counts">
      <Text className="attendance__caption">
        {record.year} 年已结束的活动中，应参加 {record.counts.expected} 次
      </Text>
      <View className="attendance__counts">
        {COUNTS.map(([kind, label]) => (
          <View key={kind} className="attendance__count" data-testid="attendance-count" data-kind={kind}>
            <Text className={`attendance__number attendance__number--${kind}`}>{record.counts[kind]}</Text>
            <Text>{label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

function LeaveItem({ leave }: { leave: LeaveView }) {
  const decided = leave.decidedAt && leave.decidedByName
  return (
    <View className="attendance__leave" data-testid="my-leave" data-event-id={leave.eventId}>
      <View className="attendance__leave-main">
        <Text className="attendance__leave-title">{leave.eventTitle}</Text>
        <Text className="attendance__meta">活动时间：{formatDateTime(leave.eventStart)}</Text>
        <Text className="attendance__meta">请假理由：{leave.reason}</Text>
        <Text className="attendance__meta">
          {decided
            ? `${leave.decidedByName} 于 ${formatDateTime(leave.decidedAt as string)} 审批`
            : `提交于 ${formatDateTime(leave.requestedAt)}`}
        </Text>
      </View>
      <StatusChip tone={LEAVE_TONES[leave.status]}>{LEAVE_STATUS_LABELS[leave.status]}</StatusChip>
    </View>
  )
}

/** 我的出勤 and 我的请假: the member's own year, for plain members as much as for secretaries. */
export default function MyAttendancePage() {
  const { params } = useRouter()
  const [tab, setTab] = useState<Tab>(params.tab === 'leaves' ? 'leaves' : 'events')
  const record = useMyAttendance()
  const data = record.data
  const tabClass = (name: Tab) =>
    `attendance__tab attendance-tab--${name} ${tab === name ? 'attendance__tab--active' : ''}`
  return (
    <View className="page attendance">
      <View className="attendance__tabs">
        <Text className={tabClass('events')} onClick={() => setTab('events')}>
          出勤记录
        </Text>
        <Text className={tabClass('leaves')} onClick={() => setTab('leaves')}>
          我的请假
        </Text>
      </View>
      <PageState loading={!data && !record.error} error={record.error} onRetry={record.reload}>
        {data && tab === 'events' && (
          <>
            <Counts record={data} />
            {data.events.length === 0 ? (
              <EmptyState title="今年还没有需要参加的活动" />
            ) : (
              <View className="attendance__list">
                {data.events.map((event) => (
                  <EventCard
                    key={event.id}
                    event={event}
                    onClick={() => void Taro.navigateTo({ url: `/pages/event/index?eventId=${event.id}` })}
                  />
                ))}
              </View>
            )}
          </>
        )}
        {data && tab === 'leaves' && (
          <View className="attendance__body">
            {data.leaves.length === 0 ? (
              <EmptyState title="今年没有请过假" description="在活动页点「请假」提交，支部书记审批后在这里查看结果" />
            ) : (
              <View className="attendance__list">
                {data.leaves.map((leave) => (
                  <LeaveItem key={leave.eventId} leave={leave} />
                ))}
              </View>
            )}
          </View>
        )}
      </PageState>
    </View>
  )
}
