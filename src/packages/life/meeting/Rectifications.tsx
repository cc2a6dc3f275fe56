import { Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import EmptyState from '@/components/EmptyState'
import FieldError from '@/components/FieldError'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import type { LifeMeetingState } from '@/hooks/organisationLife/useLifeMeeting'
import { useRectifications, type RectificationsState } from '@/hooks/organisationLife/useRectifications'
import { formatCalendarDate, shanghai } from '@/utils/time'
import PickerLine from '../components/PickerLine'
import RectificationItem from './RectificationItem'

/** The secretary's form for a new 整改 item: what, who (default the secretary), by when. */
function AddRectification({ list }: { list: RectificationsState }) {
  const { draft, update, members, errors } = list
  const index = members.findIndex((member) => member.memberId === list.ownerId)
  return (
    <View className="life-body" data-testid="rectification-form">
      <View className="life-line">
        <Text className="life-line__label">整改事项</Text>
        <Input
          id="rect-item"
          placeholder="如：建立理论学习台账"
          maxLength={200}
          value={draft.item}
          onChange={(item) => update({ item })}
        />
      </View>
      <FieldError message={errors.at('item')} />
      <PickerLine
        label="责任人"
        id="rect-owner"
        text={members[index]?.name ?? ''}
        placeholder="请选择责任人"
        choice={{ range: members.map((member) => member.name), index }}
        onPick={(value) => update({ ownerId: members[Number(value)]?.memberId ?? '' })}
      />
      <FieldError message={errors.at('ownerId')} />
      <PickerLine
        label="整改期限"
        id="rect-deadline"
        text={formatCalendarDate(draft.deadline)}
        placeholder="请选择日期"
        choice={{ day: draft.deadline, start: shanghai().format('YYYY-MM-DD'), end: `${shanghai().year() + 2}-12-31` }}
        onPick={(deadline) => update({ deadline })}
      />
      <FieldError message={errors.at('deadline')} />
    </View>
  )
}

/** 整改清单: every item with its status; the secretary adds items and follows them up. */
export default function Rectifications({ eventId, life }: { eventId: string; life: LifeMeetingState }) {
  const list = useRectifications(eventId, life.memberId, life.isSecretary, life.meeting.setData)
  const rows = life.meeting.data?.rectifications ?? []
  return (
    <Section title={`整改清单（${rows.length}）`} testId="rectifications">
      {rows.length === 0 && <EmptyState title="还没有整改事项" />}
      {rows.map((row) => (
        <RectificationItem key={row.id} row={row} following={life.isSecretary ? list.following : undefined} />
      ))}
      {life.isSecretary && (
        <>
          <AddRectification list={list} />
          <View className="life-submit">
            <SubmitBar
              error={list.errors.general}
              className="rect-add"
              loading={list.adding.running}
              onSubmit={list.adding.run}
            >
              添加整改事项
            </SubmitBar>
          </View>
        </>
      )}
    </Section>
  )
}
