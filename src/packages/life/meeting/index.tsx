// Selectors: [data-testid=life-meeting] #life-theme #life-criticism .life-record-save #life-material .life-material-submit [data-testid=material-row] [data-testid=rectifications] [data-testid=rectification-row][data-status] .rectification-follow .rectification-done #rect-item #rect-owner #rect-deadline .rect-add
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import PageState from '@/components/PageState'
import { useLifeMeeting } from '@/hooks/organisationLife/useLifeMeeting'
import CheckMaterials from './CheckMaterials'
import MeetingRecord from './MeetingRecord'
import Rectifications from './Rectifications'
import '../life.scss'
import './index.scss'

/** 组织生活会 record: theme and 批评与自我批评, 对照检查材料, and the 整改清单 the secretary follows up. */
export default function LifeMeeting() {
  const eventId = useRouter().params.eventId ?? ''
  const life = useLifeMeeting(eventId)
  const view = life.meeting.data
  return (
    <View className="page life-meeting" data-testid="life-meeting">
      <PageState loading={life.meeting.loading && !view} error={life.meeting.error} onRetry={life.meeting.reload}>
        {view && (
          <>
            <View className="life-meeting__head">
              <Text className="life-meeting__title">{view.title}</Text>
            </View>
            <MeetingRecord life={life} />
            <CheckMaterials eventId={eventId} life={life} />
            <Rectifications eventId={eventId} life={life} />
          </>
        )}
      </PageState>
    </View>
  )
}
