// Selectors: [data-testid=branch-events] .create-event .export-month .prev-month .next-month [data-testid=branch-event-row][data-event-id=<id>] .leave-inbox
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { BranchEventRow } from '@contract'
import { EVENT_PHASE_LABELS } from '@contract/eventTypes'
import EmptyState from '@/components/EmptyState'
import PageState from '@/components/PageState'
import StatusChip from '@/components/StatusChip'
import { useBoundProfile } from '@/hooks/me'
import { useBranchEvents } from '@/hooks/events/useBranchEvents'
import { eventWhen, monthLabel, rateText, typeLabel } from '@/utils/events'
import './index.scss'

const go = (url: string) => void Taro.navigateTo({ url })

/** One event of the month: type, title, phase, when and where, and its attendance figures unless cancelled. */
function EventRow({ row }: { row: BranchEventRow }) {
  return (
    <View
      className="branch-event"
      data-testid="branch-event-row"
      data-event-id={row.id}
      onClick={() => go(`/packages/secretary/event-manage/index?eventId=${row.id}`)}
    >
      <View className="branch-event__head">
        <Text className="branch-event__type">{typeLabel(row)}</Text>
        <Text className="branch-event__title">{row.title}</Text>
        <StatusChip tone={row.phase === 'open' ? 'success' : 'default'}>{EVENT_PHASE_LABELS[row.phase]}</StatusChip>
      </View>
      <Text className="branch-event__meta">
        {eventWhen(row)} · {row.venueName}
      </Text>
      {row.status !== 'cancelled' && (
        <Text className="branch-event__figures">
          应到 {row.expectedCount} · 实到 {row.checkedInCount} · 迟到 {row.lateCount} · 请假 {row.leaveCount} · 出勤率{' '}
          {rateText(row.checkedInCount, row.expectedCount, row.leaveCount)}
        </Text>
      )}
    </View>
  )
}

/** 支部活动 (secretary, committee): a month of 主题党日 and 三会一课, figures, and the month's 台账. */
export default function BranchEvents() {
  const { profile } = useBoundProfile()
  const { month, previousMonth, nextMonth, events, exportLedger, exporting } = useBranchEvents()
  useDidShow(() => void events.reload())
  const isSecretary = profile?.roles.includes('secretary') ?? false

  return (
    <View className="page branch-events" data-testid="branch-events">
      <View className="branch-events__bar">
        <Text className="branch-events__nav prev-month" onClick={previousMonth}>
          ‹ 上月
        </Text>
        <Text className="branch-events__month">{monthLabel(month)}</Text>
        <Text className="branch-events__nav next-month" onClick={nextMonth}>
          下月 ›
        </Text>
      </View>
      <View className="branch-events__actions">
        {isSecretary && (
          <>
            <Button className="create-event" type="primary" onClick={() => go('/packages/secretary/event-edit/index')}>
              发布活动
            </Button>
            <Button className="leave-inbox" fill="outline" onClick={() => go('/packages/secretary/leaves/index')}>
              请假审批
            </Button>
          </>
        )}
        <Button className="export-month" fill="outline" loading={exporting} onClick={() => void exportLedger()}>
          导出本月台账
        </Button>
      </View>
      <PageState loading={events.loading && !events.data} error={events.error} onRetry={events.reload}>
        {events.data?.length === 0 && (
          <EmptyState title="本月暂无活动" description="发布主题党日或三会一课后显示在这里" />
        )}
        {events.data?.map((row) => (
          <EventRow key={row.id} row={row} />
        ))}
      </PageState>
    </View>
  )
}
