import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import type { RectificationRow } from '@contract'
import StatusChip from '@/components/StatusChip'
import type { RectificationsState } from '@/hooks/organisationLife/useRectifications'
import { formatCalendarDate, formatDateTime } from '@/utils/time'

type Following = RectificationsState['following']

const statusOf = (row: RectificationRow) => {
  if (row.status === 'done') return { tone: 'success' as const, text: '已完成' }
  return row.overdue ? { tone: 'danger' as const, text: '已逾期' } : { tone: 'primary' as const, text: '整改中' }
}

/** The secretary's follow-up of one item: a note, then 标记完成 or 仍在整改. */
function FollowUp({ row, following }: { row: RectificationRow; following: Following }) {
  const [note, setNote] = useState<string>()
  const save = async (done: boolean) => {
    if (await following.run(row.id, done, note ?? '')) setNote(undefined)
  }
  if (note === undefined)
    return (
      <View className="life-row__top">
        <Button className="rectification-follow" size="small" fill="outline" onClick={() => setNote('')}>
          跟进
        </Button>
      </View>
    )
  return (
    <>
      <TextArea className="life-text" placeholder="跟进情况（选填）" maxLength={500} value={note} onChange={setNote} />
      {following.error && <Text className="life-error">{following.error}</Text>}
      <View className="life-row__top">
        <Button
          className="rectification-done"
          size="small"
          type="primary"
          loading={following.running}
          onClick={() => void save(true)}
        >
          标记完成
        </Button>
        <Button
          className="rectification-open"
          size="small"
          fill="outline"
          loading={following.running}
          onClick={() => void save(false)}
        >
          {row.status === 'done' ? '重新打开' : '仍在整改'}
        </Button>
        <Button size="small" fill="none" onClick={() => setNote(undefined)}>
          取消
        </Button>
      </View>
    </>
  )
}

/** One 整改 item: owner, deadline, status, the follow-up notes; the secretary (with `following`) follows it up. */
export default function RectificationItem({ row, following }: { row: RectificationRow; following?: Following }) {
  const status = statusOf(row)
  return (
    <View className="life-row" data-testid="rectification-row" data-status={row.overdue ? 'overdue' : row.status}>
      <View className="life-row__top">
        <Text className="life-row__title">{row.item}</Text>
        <StatusChip tone={status.tone}>{status.text}</StatusChip>
      </View>
      <Text className="life-row__meta">
        责任人 {row.owner.name} · 期限 {formatCalendarDate(row.deadline)}
      </Text>
      {row.notes.map((item) => (
        <Text key={item.at} className="life-row__text">
          {formatDateTime(item.at)} {item.by.name}：{item.text}
        </Text>
      ))}
      {following && <FollowUp row={row} following={following} />}
    </View>
  )
}
