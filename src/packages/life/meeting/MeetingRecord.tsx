import { Text, View } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import type { LifeMeetingState } from '@/hooks/organisationLife/useLifeMeeting'

/** The theme and the 批评与自我批评 notes: the secretary writes them, everyone else reads them. */
export default function MeetingRecord({ life }: { life: LifeMeetingState }) {
  const view = life.meeting.data
  if (!view) return null
  if (!life.isSecretary)
    return (
      <Section title="会议记录">
        <View className="life-row">
          <Text className="life-row__title">{view.theme || '会议主题尚未填写'}</Text>
          {view.criticism && <Text className="life-row__text">{view.criticism}</Text>}
        </View>
      </Section>
    )
  return (
    <Section title="会议记录" testId="life-record">
      <View className="life-body">
        <View className="life-line">
          <Text className="life-line__label">会议主题</Text>
          <Input
            id="life-theme"
            placeholder="如：对照检查找差距"
            maxLength={100}
            value={life.draft.theme}
            onChange={(theme) => life.setDraft({ theme })}
          />
        </View>
        <TextArea
          id="life-criticism"
          className="life-text"
          placeholder="批评与自我批评情况（选填）：查摆问题、相互批评意见等"
          maxLength={5000}
          value={life.draft.criticism}
          onChange={(criticism) => life.setDraft({ criticism })}
        />
      </View>
      <View className="life-submit">
        <SubmitBar
          error={life.save.error}
          className="life-record-save"
          loading={life.save.running}
          onSubmit={life.save.run}
        >
          保存会议记录
        </SubmitBar>
      </View>
    </Section>
  )
}
