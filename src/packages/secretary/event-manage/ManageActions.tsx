import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { EventDetail } from '@contract'
import type { EventManageState } from '@/hooks/events/useEventManage'
import { lifeMeetingUrl } from '@/hooks/organisationLife/pages'

const go = (url: string) => void Taro.navigateTo({ url })

interface Props {
  detail: EventDetail
  manage: Pick<EventManageState, 'closeWindow' | 'exportLedger' | 'cancel' | 'busy'>
}

/** What the secretary can do with a live event, as its phase allows. */
export default function ManageActions({ detail, manage }: Props) {
  const eventId = detail.id
  const editable = (detail.phase === 'upcoming' || detail.phase === 'open') && detail.status === 'planned'
  return (
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
      {editable && (
        <Button
          className="edit-event"
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: `/packages/secretary/event-edit/index?eventId=${eventId}` })}
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
      {detail.type === 'life_meeting' && (
        <Button className="life-meeting-record" fill="outline" onClick={() => go(lifeMeetingUrl(eventId))}>
          组织生活会记录
        </Button>
      )}
      <Button className="export-event" fill="outline" loading={manage.busy} onClick={() => void manage.exportLedger()}>
        导出台账
      </Button>
      {detail.status === 'planned' && (
        <Button className="cancel-event" fill="outline" type="danger" onClick={() => void manage.cancel()}>
          取消活动
        </Button>
      )}
    </View>
  )
}
