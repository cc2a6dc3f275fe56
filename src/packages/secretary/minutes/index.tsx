// Selectors: [data-testid=minutes-form] #minutes-host #minutes-recorder #minutes-agenda #minutes-text #minutes-decisions [data-testid=minutes-attendance] [data-testid=minutes-too-early] .add-photo [data-testid=minutes-photo] .minutes-save [data-testid=minutes-error]
import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { LiveAttendance } from '@contract'
import { MAX_MINUTES_PHOTOS } from '@contract/eventTypes'
import LimitedText from '@/components/LimitedText'
import PageState from '@/components/PageState'
import SubmitBar from '@/components/SubmitBar'
import { fileUrl } from '@/api/transport'
import { absenceLine, MINUTES_FIELDS } from '@/hooks/events/minutesForm'
import { useMinutesEditor, type MinutesEditor } from '@/hooks/events/useMinutesEditor'
import { eventWhen } from '@/utils/events'
import { formatDateTime } from '@/utils/time'
import './index.scss'

const PLACEHOLDERS: Record<string, string> = {
  agenda: '每项一行，如：一、集中学习；二、交流发言',
  text: '学习内容、讨论发言等（至少 10 个字）',
  decisions: '选填：会议形成的决议、决定事项',
}

/** 应到 / 实到 / 缺席 and the reasons, from the attendance itself (not typed). */
function AttendanceSummary({ sheet }: { sheet: LiveAttendance }) {
  const { counts } = sheet
  return (
    <View className="minutes-page__attendance" data-testid="minutes-attendance">
      <Text className="minutes-page__label">参会情况（按签到自动汇总）</Text>
      <Text>
        应到 {counts.expected} 人 · 实到 {counts.checkedIn} 人 · 请假 {counts.onLeave} 人 ·{' '}
        {sheet.windowOpen ? `未签到 ${counts.waiting} 人` : `缺席 ${counts.absent} 人`}
      </Text>
      {sheet.windowOpen ? (
        <Text className="minutes-page__hint">签到仍在进行，结束后未签到的党员计为缺席。</Text>
      ) : (
        <Text className="minutes-page__hint">缺席及原因：{absenceLine(sheet.attendees)}</Text>
      )}
    </View>
  )
}

type PhotosProps = { editor: Pick<MinutesEditor, 'photos' | 'removePhoto' | 'addPhotos' | 'uploading'> }

/** 现场照片: the uploaded ones (× removes one) and 添加 while there is room. */
function MinutesPhotos({ editor }: PhotosProps) {
  return (
    <>
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
    </>
  )
}

/** 会议记录 (secretary): 主持人, 记录人, 议程, 内容, 决议 and photos; saving marks the event as held. */
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
            {!editor.started ? (
              <Text className="minutes-page__early" data-testid="minutes-too-early">
                活动开始后才能填写会议记录（{formatDateTime(detail.start)} 开始）
              </Text>
            ) : (
              <>
                {editor.attendance.data && <AttendanceSummary sheet={editor.attendance.data} />}
                {MINUTES_FIELDS.map(({ key, label, limit, multiline }) => (
                  <View key={key} className="minutes-page__field">
                    <Text className="minutes-page__label">{label}</Text>
                    <LimitedText
                      id={`minutes-${key}`}
                      className="minutes-page__input"
                      label={label}
                      limit={limit}
                      multiline={multiline}
                      placeholder={PLACEHOLDERS[key] ?? `请填写${label}`}
                      value={editor.form[key]}
                      onChange={(value) => editor.update(key, value)}
                    />
                  </View>
                ))}
                <MinutesPhotos editor={editor} />
                <SubmitBar
                  error={editor.error}
                  errorClassName="minutes-page__error"
                  errorTestId="minutes-error"
                  className="minutes-save"
                  loading={editor.saving}
                  disabled={editor.uploading}
                  onSubmit={editor.save}
                >
                  保存会议记录
                </SubmitBar>
              </>
            )}
          </View>
        )}
      </PageState>
    </View>
  )
}
