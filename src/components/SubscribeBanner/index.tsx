import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './index.scss'

interface Props {
  configured: boolean
  credits: number
  inWeChat: boolean
  asking: boolean
  /** Messages left per kind: each one WeChat delivers spends one. */
  remaining: { kind: string; label: string; credits: number }[]
  onOptIn: () => void
}

/** 消息提醒: WeChat sends one message per acceptance, so the member tops up with a tap. */
export default function SubscribeBanner({ configured, credits, inWeChat, asking, remaining, onOptIn }: Props) {
  if (!configured) return null
  return (
    <View className="subscribe-banner" data-testid="subscribe-banner">
      <View className="subscribe-banner__text">
        <Text className="subscribe-banner__title">
          {remaining.some((item) => item.credits > 0) ? '消息提醒' : '开启消息提醒'}
        </Text>
        <Text className="subscribe-banner__left" data-testid="subscribe-remaining">
          {remaining.map((item) => `${item.label} 剩 ${item.credits} 次`).join(' · ')}
        </Text>
        <Text className="subscribe-banner__hint">
          {inWeChat
            ? '新通知、未读催办和会前提醒将通过微信服务通知送达；每次同意可接收一次。'
            : '本地网页版没有微信订阅弹窗，点击即直接记录订阅，消息记录在开发页“订阅消息发件箱”。'}
        </Text>
      </View>
      <Button className="subscribe-button" size="small" type="primary" loading={asking} onClick={onOptIn}>
        {credits > 0 ? '再次订阅' : '开启'}
      </Button>
    </View>
  )
}
