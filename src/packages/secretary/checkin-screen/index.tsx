// Selectors: [data-testid=checkin-screen] [data-testid=screen-code] [data-testid=screen-qr] [data-testid=screen-countdown] [data-testid=screen-count] [data-testid=screen-closed]
import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import PageState from '@/components/PageState'
import { useCheckinScreen } from '@/hooks/events/useCheckinScreen'
import { formatDateTime } from '@/utils/time'
import './index.scss'

/** 签到屏 (secretary): shown on a projector or held up in the room; the code changes every 20 s. */
export default function CheckinScreen() {
  const eventId = useRouter().params.eventId ?? ''
  const { screen, error, secondsLeft, attendance, retry } = useCheckinScreen(eventId)
  const counts = attendance.data?.counts

  return (
    <View className="page checkin-screen" data-testid="checkin-screen">
      <PageState loading={!screen && !error} error={screen ? undefined : error} onRetry={() => void retry()}>
        {screen && (
          <View className="checkin-screen__card">
            <Text className="checkin-screen__title">{screen.title}</Text>
            {screen.open && screen.code ? (
              <>
                <Image
                  className="checkin-screen__qr"
                  data-testid="screen-qr"
                  src={screen.qrImage ?? ''}
                  mode="aspectFit"
                />
                <Text className="checkin-screen__code" data-testid="screen-code">
                  {screen.code}
                </Text>
                <Text className="checkin-screen__countdown" data-testid="screen-countdown">
                  {secondsLeft} 秒后更新 · 请用微信扫码或在小程序内输入签到码
                </Text>
              </>
            ) : (
              <Text className="checkin-screen__closed" data-testid="screen-closed">
                {Date.parse(screen.serverNow) < Date.parse(screen.checkinOpensAt)
                  ? `签到将于 ${formatDateTime(screen.checkinOpensAt)} 开放`
                  : '签到已结束'}
              </Text>
            )}
            {counts && (
              <View className="checkin-screen__count" data-testid="screen-count">
                <Text>
                  已签到 {counts.checkedIn} / 应到 {counts.expected - counts.onLeave}
                  {counts.late ? `（迟到 ${counts.late}）` : ''}
                </Text>
              </View>
            )}
          </View>
        )}
      </PageState>
    </View>
  )
}
