// Selectors: [data-testid=minutes-form] #minutes-text .add-photo [data-testid=minutes-photo] .minutes-save [data-testid=minutes-error]
import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { MAX_MINUTES_PHOTOS } from '@contract/eventTypes'
import PageState from '@/components/PageState'
import { fileUrl } from '@/api/transport'
import { useMinutesEditor } from '@/hooks/events/useMinutesEditor'
import { eventWhen } from '@/utils/events'
import './index.scss'

/** 会议记录 (secretary): what was discussed and up to 9 photos; saving marks the event as held. */
export default function Minutes() {
  const eventId = useRouter().params.eventId ?? ''
  const editor = useMinutesEditor(eventId)
  const detail = editor.event.data

  return (
    <View className="page minutes-page">
      <PageState loading={editor.event.loading && !detail} error={editor.event.error} onRetry={editor.event.reload}>
        {detail && (
          <View className="minutes-page__card" data-testid="minutes-form">
            <Text className="minutes-page__title">{detail.title}</Text>
            <Text className="minutes-page__meta">{eventWhen(detail)}</Text>
            <TextArea
              id="minutes-text"
              className="minutes-page__text"
              placeholder="会议主持人、参会情况、学习内容、讨论发言、形成的决议等（至少 10 个字）"
              maxLength={5000}
              showCount
              autoSize
              value={editor.text}
              onChange={editor.setText}
            />
            <Text className="minutes-page__label">
              现场照片（{editor.photos.length}/{MAX_MINUTES_PHOTOS}）
            </Text>
            <View className="minutes-page__photos">
              {editor.photos.map((photo) => (
                <View key={photo} className="minutes-page__photo" data-testid="minutes-photo">
                  <Image className="minutes-page__image" src={fileUrl(photo)} mode="aspectFill" />
                  <Text className="minutes-page__remove" onClick={() => editor.removePhoto(photo)}>
                    ×
                  </Text>
                </View>
              ))}
              {editor.photos.length < MAX_MINUTES_PHOTOS && (
                <View className="minutes-page__add add-photo" onClick={() => void editor.addPhotos()}>
                  <Text>{editor.uploading ? '上传中…' : '+ 添加'}</Text>
                </View>
              )}
            </View>
            {editor.error && (
              <Text className="minutes-page__error" data-testid="minutes-error">
                {editor.error}
              </Text>
            )}
            <Button
              className="minutes-save"
              type="primary"
              block
              loading={editor.saving}
              disabled={editor.uploading}
              onClick={() => void editor.save()}
            >
              保存会议记录
            </Button>
          </View>
        )}
      </PageState>
    </View>
  )
}
