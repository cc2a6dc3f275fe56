// Selectors: [data-testid=event-form] #event-type #event-title #event-agenda #event-venue #event-venue-pick [data-testid=event-point] #event-latitude #event-longitude #event-start-date #event-start-time #event-end-date #event-end-time #event-method .event-save [data-testid=event-form-error]
import { useEffect } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import {
  EVENT_TEXT_LIMITS,
  AUDIENCE_LABELS,
  CHECKIN_METHOD_LABELS,
  CHECKIN_METHODS,
  EVENT_TYPE_AUDIENCE,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
} from '@contract/eventTypes'
import LimitedText from '@/components/LimitedText'
import PageState from '@/components/PageState'
import { useEventEditor } from '@/hooks/events/useEventEditor'
import Field from '../components/Field'
import VenueFields from './VenueFields'
import './index.scss'

interface DateTimeFieldProps {
  label: string
  /** The pickers' texts are `${id}-date` and `${id}-time`. */
  id: string
  date: string
  time: string
  /** No earlier day can be picked. */
  firstDay: string
  onDate: (date: string) => void
  onTime: (time: string) => void
}

/** A date picker and a time picker side by side (开始, 结束). */
function DateTimeField({ label, id, date, time, firstDay, onDate, onTime }: DateTimeFieldProps) {
  return (
    <Field label={label}>
      <View className="form-card__when">
        <Picker mode="date" value={date} start={firstDay} onChange={(e) => onDate(String(e.detail.value))}>
          <Text id={`${id}-date`} className="form-card__picker">
            {date}
          </Text>
        </Picker>
        <Picker mode="time" value={time} onChange={(e) => onTime(String(e.detail.value))}>
          <Text id={`${id}-time`} className="form-card__picker">
            {time}
          </Text>
        </Picker>
      </View>
    </Field>
  )
}

/** 发布活动 / 编辑活动 (secretary): type, topic, venue, time, check-in method and window. */
export default function EventEdit() {
  const eventId = useRouter().params.eventId
  const editor = useEventEditor(eventId)
  const { form, update, setStart, groups, venues, pickVenue, existing, pickOnMap, save, saving, error } = editor
  useEffect(() => {
    if (eventId) void Taro.setNavigationBarTitle({ title: '编辑活动' })
  }, [eventId])
  const groupIndex = Math.max(
    0,
    groups.findIndex((group) => group.id === form.groupId),
  )

  return (
    <View className="page event-edit">
      <PageState loading={Boolean(eventId) && existing.loading} error={existing.error} onRetry={existing.reload}>
        <View className="form-card" data-testid="event-form">
          <Field label="活动类型">
            <Picker
              mode="selector"
              range={EVENT_TYPES.map((type) => EVENT_TYPE_LABELS[type])}
              value={EVENT_TYPES.indexOf(form.type)}
              onChange={(e) => update('type', EVENT_TYPES[Number(e.detail.value)])}
            >
              <Text id="event-type" className="form-card__picker">
                {EVENT_TYPE_LABELS[form.type]}
              </Text>
            </Picker>
          </Field>
          {form.type === 'group_meeting' && (
            <Field label="党小组">
              <Picker
                mode="selector"
                range={groups.map((group) => group.name)}
                value={groupIndex}
                onChange={(e) => update('groupId', groups[Number(e.detail.value)]?.id ?? null)}
              >
                <Text id="event-group" className="form-card__picker">
                  {groups.find((group) => group.id === form.groupId)?.name ?? '请选择党小组'}
                </Text>
              </Picker>
            </Field>
          )}
          <Field label="参会人员">
            <Text className="form-card__static">{AUDIENCE_LABELS[EVENT_TYPE_AUDIENCE[form.type]]}</Text>
          </Field>
          <Field label="活动主题">
            <LimitedText
              id="event-title"
              label="活动主题"
              limit={EVENT_TEXT_LIMITS.title}
              placeholder="如：学习贯彻全会精神主题党日"
              value={form.title}
              onChange={(v) => update('title', v)}
            />
          </Field>
          <Field label="活动议程" column>
            <LimitedText
              id="event-agenda"
              label="活动议程"
              limit={EVENT_TEXT_LIMITS.agenda}
              multiline
              placeholder="选填：议程安排，每项一行"
              value={form.agenda}
              onChange={(v) => update('agenda', v)}
            />
          </Field>
        </View>

        <View className="form-card">
          <VenueFields
            form={form}
            venues={venues}
            update={update}
            pickVenue={pickVenue}
            pickOnMap={() => void pickOnMap()}
          />
        </View>

        <View className="form-card">
          <DateTimeField
            label="开始"
            id="event-start"
            date={form.startDate}
            time={form.startTime}
            firstDay={editor.firstDay}
            onDate={(date) => setStart({ startDate: date })}
            onTime={(time) => setStart({ startTime: time })}
          />
          <DateTimeField
            label="结束"
            id="event-end"
            date={form.endDate}
            time={form.endTime}
            firstDay={form.startDate}
            onDate={(date) => update('endDate', date)}
            onTime={(time) => update('endTime', time)}
          />
          <Field label="签到方式">
            <Picker
              mode="selector"
              range={CHECKIN_METHODS.map((method) => CHECKIN_METHOD_LABELS[method])}
              value={CHECKIN_METHODS.indexOf(form.method)}
              onChange={(e) => update('method', CHECKIN_METHODS[Number(e.detail.value)])}
            >
              <Text id="event-method" className="form-card__picker">
                {CHECKIN_METHOD_LABELS[form.method]}
              </Text>
            </Picker>
          </Field>
          <Field label="提前签到(分)">
            <Input
              id="event-opens-before"
              type="number"
              value={form.opensBeforeMinutes}
              onChange={(v) => update('opensBeforeMinutes', v)}
            />
          </Field>
          <Field label="迟到判定(分)">
            <Input
              id="event-late-after"
              type="number"
              value={form.lateAfterMinutes}
              onChange={(v) => update('lateAfterMinutes', v)}
            />
          </Field>
        </View>

        {error && (
          <Text className="event-edit__error" data-testid="event-form-error">
            {error}
          </Text>
        )}
        <View className="event-edit__actions">
          <Button className="event-save" type="primary" block loading={saving} onClick={() => void save()}>
            {eventId ? '保存修改' : '发布活动'}
          </Button>
        </View>
      </PageState>
    </View>
  )
}
