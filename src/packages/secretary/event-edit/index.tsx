// Selectors: [data-testid=event-form] #event-type #event-title #event-agenda #event-venue #event-latitude #event-longitude #event-start-date #event-start-time #event-end-date #event-end-time #event-method .event-save [data-testid=event-form-error]
import { useEffect } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import {
  AUDIENCE_LABELS,
  CHECKIN_METHOD_LABELS,
  CHECKIN_METHODS,
  EVENT_TYPE_AUDIENCE,
  EVENT_TYPE_LABELS,
  EVENT_TYPES,
} from '@contract/eventTypes'
import PageState from '@/components/PageState'
import { useEventEditor } from '@/hooks/events/useEventEditor'
import Field from '../components/Field'
import './index.scss'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

interface DateTimeFieldProps {
  label: string
  /** The pickers' texts are `${id}-date` and `${id}-time`. */
  id: string
  date: string
  time: string
  onDate: (date: string) => void
  onTime: (time: string) => void
}

/** A date picker and a time picker side by side (开始, 结束). */
function DateTimeField({ label, id, date, time, onDate, onTime }: DateTimeFieldProps) {
  return (
    <Field label={label}>
      <View className="form-card__when">
        <Picker mode="date" value={date} onChange={(e) => onDate(String(e.detail.value))}>
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
  const { form, update, groups, existing, pickOnMap, save, saving, error } = useEventEditor(eventId)
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
            <Input
              id="event-title"
              placeholder="如：学习贯彻全会精神主题党日"
              maxLength={50}
              value={form.title}
              onChange={(v) => update('title', v)}
            />
          </Field>
          <Field label="活动议程" column>
            <TextArea
              id="event-agenda"
              placeholder="选填：议程安排，每项一行"
              maxLength={2000}
              value={form.agenda}
              onChange={(v) => update('agenda', v)}
            />
          </Field>
        </View>

        <View className="form-card">
          <Field label="活动地点">
            <Input
              id="event-venue"
              placeholder="如：三楼党员活动室"
              maxLength={50}
              value={form.venueName}
              onChange={(v) => update('venueName', v)}
            />
          </Field>
          {IS_WEAPP ? (
            <Field label="地图位置">
              <Text className="form-card__picker" onClick={() => void pickOnMap()}>
                {form.latitude ? `${form.latitude}, ${form.longitude}` : '在地图上选择'}
              </Text>
            </Field>
          ) : (
            <>
              <Field label="纬度">
                <Input
                  id="event-latitude"
                  type="digit"
                  placeholder="选填，如 31.230416"
                  value={form.latitude}
                  onChange={(v) => update('latitude', v)}
                />
              </Field>
              <Field label="经度">
                <Input
                  id="event-longitude"
                  type="digit"
                  placeholder="选填，如 121.473701"
                  value={form.longitude}
                  onChange={(v) => update('longitude', v)}
                />
              </Field>
            </>
          )}
          <Field label="签到范围(米)">
            <Input id="event-radius" type="number" value={form.radius} onChange={(v) => update('radius', v)} />
          </Field>
        </View>

        <View className="form-card">
          <DateTimeField
            label="开始"
            id="event-start"
            date={form.startDate}
            time={form.startTime}
            onDate={(date) => update('startDate', date)}
            onTime={(time) => update('startTime', time)}
          />
          <DateTimeField
            label="结束"
            id="event-end"
            date={form.endDate}
            time={form.endTime}
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
