// Selectors: [data-testid=event-form] #event-type #event-title #event-agenda #event-venue #event-venue-pick [data-testid=event-point] #event-latitude #event-longitude #event-start-date #event-start-time #event-end-date #event-end-time #event-method .event-save [data-testid=event-form-error]
import { useEffect } from 'react'
import { View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import PageState from '@/components/PageState'
import SubmitBar from '@/components/SubmitBar'
import { useEventEditor } from '@/hooks/events/useEventEditor'
import TimeFields from './TimeFields'
import TopicFields from './TopicFields'
import VenueFields from './VenueFields'
import './index.scss'

/** 发布活动 / 编辑活动 (secretary): type, topic, venue, time, check-in method and window. */
export default function EventEdit() {
  const eventId = useRouter().params.eventId
  const editor = useEventEditor(eventId)
  const { form, update, existing } = editor
  useEffect(() => {
    if (eventId) void Taro.setNavigationBarTitle({ title: '编辑活动' })
  }, [eventId])

  return (
    <View className="page event-edit">
      <PageState loading={Boolean(eventId) && existing.loading} error={existing.error} onRetry={existing.reload}>
        <TopicFields form={form} update={update} groups={editor.groups} />
        <View className="form-card">
          <VenueFields
            form={form}
            venues={editor.venues}
            update={update}
            pickVenue={editor.pickVenue}
            pickOnMap={() => void editor.pickOnMap()}
          />
        </View>
        <TimeFields editor={editor} />
        <View className="event-edit__actions">
          <SubmitBar
            error={editor.error}
            errorClassName="event-edit__error"
            errorTestId="event-form-error"
            className="event-save"
            loading={editor.saving}
            onSubmit={editor.save}
          >
            {eventId ? '保存修改' : '发布活动'}
          </SubmitBar>
        </View>
      </PageState>
    </View>
  )
}
