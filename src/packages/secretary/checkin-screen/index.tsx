// Selectors: [data-testid=checkin-screen] [data-testid=screen-code] [data-testid=screen-qr] [data-testid=screen-countdown] [data-testid=screen-count] [data-testid=screen-closed]
import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { CheckinQrKind, CurrentCode } from '@contract'
import PageState from '@/components/PageState'
import { useCheckinScreen } from '@/hooks/events/useCheckinScreen'
import { formatDateTime } from '@/utils/time'
import './index.scss'

/** What the code on the screen actually opens, in the words of the room. */
const SCAN_HINTS: Record<CheckinQrKind, string> = {
  wxacode: '用微信扫一扫扫码签到，或在小程序签到页输入签到码',
  link: '本地环境：扫码在浏览器打开签到页，或输入签到码',
  inApp: '请在小程序签到页点「扫码签到」，或输入签到码',
}

/** The code, its QR and countdown while the window is open; else when it opens, or that it ended. */
function ScreenCode({ screen, secondsLeft }: { screen: CurrentCode; secondsLeft: number }) {
  if (!screen.open || !screen.code)
    return (
      <Text className="checkin-screen__closed" data-testid="screen-closed">
        {Date.parse(screen.serverNow) < Date.parse(screen.checkinOpensAt)
          ? `签到将于 ${formatDateTime(screen.checkinOpensAt)} 开放`
          : '签到已结束'}
      </Text>
    )
  return (
    <>
      <Image className="checkin-screen__qr" data-testid="screen-qr" src={screen.qrImage ?? ''} mode="aspectFit" />
      <Text className="checkin-screen__code" data-testid="screen-code">
        {screen.code}
      </Text>
      <Text className="checkin-screen__countdown" data-testid="screen-countdown">
        {secondsLeft} 秒后更新 · {SCAN_HINTS[screen.qrKind ?? 'inApp']}
      </Text>
    </>
  )
}

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
            <ScreenCode screen={screen} secondsLeft={secondsLeft} />
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
