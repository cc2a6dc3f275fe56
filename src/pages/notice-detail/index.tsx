// Selectors: [data-testid=notice-detail] [data-testid=notice-title] [data-testid=notice-meeting] .notice-checkin [data-testid=notice-body] .notice-ack-button [data-testid=notice-acked]
import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { NoticeEventInfo } from '@contract'
import NoticeBody from '@/components/NoticeBody'
import NoticeTags, { noticeTags } from '@/components/NoticeTags'
import PageState from '@/components/PageState'
import { useBoundProfile } from '@/hooks/me'
import { useNoticeDetail } from '@/hooks/notices/useNoticeDetail'
import { useSubscribe } from '@/hooks/notices/useSubscribe'
import { CHECKIN_PAGE } from '@/hooks/notices/pages'
import { formatDateTime, shanghai } from '@/utils/time'
import './index.scss'

const meetingTime = (event: NoticeEventInfo) =>
  `${formatDateTime(event.startAt)} – ${shanghai(event.endAt).format(
    shanghai(event.endAt).isSame(shanghai(event.startAt), 'day') ? 'HH:mm' : 'YYYY-MM-DD HH:mm',
  )}`

function Meeting({ event, cancelled }: { event: NoticeEventInfo; cancelled: boolean }) {
  return (
    <View className={`notice-meeting${cancelled ? ' notice-meeting--cancelled' : ''}`} data-testid="notice-meeting">
      <Text className="notice-meeting__title">{cancelled ? '会议已取消' : event.title}</Text>
      <Text className="notice-meeting__line">时间：{meetingTime(event)}</Text>
      <Text className="notice-meeting__line">地点：{event.venue}</Text>
      {!cancelled && (
        <Button
          className="notice-checkin"
          size="small"
          type="primary"
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: `${CHECKIN_PAGE}?eventId=${event.eventId}` })}
        >
          去签到
        </Button>
      )}
    </View>
  )
}

/** 通知详情: opening records the read; a 签阅 notice offers the button until acknowledged. */
export default function NoticeDetailPage() {
  const { params } = useRouter()
  const { profile } = useBoundProfile()
  const notice = useNoticeDetail(profile ? params.id : undefined)
  const subscription = useSubscribe(Boolean(profile))
  const data = notice.data
  // The 签阅 tap is where reminders matter: WeChat asks once, while none are left.
  const acknowledge = async () => {
    if (subscription.inWeChat && subscription.offers('reminder') && !subscription.creditsOf('reminder'))
      await subscription.optIn(['reminder', 'notice'])
    await notice.acknowledge()
  }
  return (
    <View className="page notice-detail" data-testid="notice-detail">
      <PageState loading={!data && !notice.error} error={notice.error} onRetry={notice.reload}>
        {data && (
          <>
            <View className="notice-detail__card">
              <Text className="notice-detail__title" data-testid="notice-title">
                {data.title}
              </Text>
              <NoticeTags tags={noticeTags(data)} />
              <Text className="notice-detail__meta">
                {data.publisherName} · 发送至{data.audienceLabel} · {formatDateTime(data.publishedAt)}
                {data.version > 1 ? `（${formatDateTime(data.updatedAt)} 修改）` : ''}
              </Text>
              {data.event && <Meeting event={data.event} cancelled={data.cancelled} />}
              <NoticeBody body={data.body} attachments={data.attachments} onOpenFile={notice.openAttachment} />
            </View>
            {data.requiresAck && (
              <View className="notice-detail__ack">
                {data.acked && data.ackedAt ? (
                  <Text className="notice-detail__acked" data-testid="notice-acked">
                    已于 {formatDateTime(data.ackedAt)} 签阅
                  </Text>
                ) : (
                  <Button
                    className="notice-ack-button"
                    type="primary"
                    block
                    loading={notice.acking}
                    onClick={() => void acknowledge()}
                  >
                    签阅
                  </Button>
                )}
              </View>
            )}
          </>
        )}
      </PageState>
    </View>
  )
}
