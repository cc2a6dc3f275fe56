import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Minutes } from '@contract'
import { fileUrl } from '@/api/transport'

/** 会议记录 as members read it: who chaired and recorded, the agenda, the content, the decisions, photos. */
export default function MinutesCard({ minutes }: { minutes: Minutes }) {
  const sections: [string, string][] = [
    ['会议议程', minutes.agenda],
    ['会议内容', minutes.text],
    ['决议和决定事项', minutes.decisions],
  ]
  const people = [minutes.host && `主持人：${minutes.host}`, minutes.recorder && `记录人：${minutes.recorder}`]
  return (
    <View className="event-page__card" data-testid="event-minutes">
      <Text className="event-page__heading">会议记录</Text>
      {people.some(Boolean) && <Text className="event-page__people">{people.filter(Boolean).join('　')}</Text>}
      {sections
        .filter(([, text]) => text)
        .map(([title, text]) => (
          <View key={title} className="event-page__section">
            <Text className="event-page__subheading">{title}</Text>
            <Text className="event-page__text">{text}</Text>
          </View>
        ))}
      <View className="event-page__photos">
        {minutes.photos.map((photo) => (
          <Image
            key={photo}
            className="event-page__photo"
            src={fileUrl(photo)}
            mode="aspectFill"
            onClick={() => void Taro.previewImage({ current: fileUrl(photo), urls: minutes.photos.map(fileUrl) })}
          />
        ))}
      </View>
    </View>
  )
}
