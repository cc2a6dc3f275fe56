// Selectors: #template-notice #template-reminder #template-meeting #template-leave #template-birthday #lead-minutes .settings-save [data-testid=template-purpose-<kind>]
import { Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import SubmitBar from '@/components/SubmitBar'
import { MESSAGE_KIND_LABELS, MESSAGE_KINDS, type MessageKind } from '@contract/noticeLimits'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useNoticeSettings } from '@/hooks/notices/useNoticeSettings'
import '../edit/index.scss'
import './index.scss'

/** When each message goes out and the template fields it fills (README "Notices: subscribe messages"). */
const PURPOSES: Record<MessageKind, { when: string; fields: string }> = {
  notice: {
    when: '发布通知时发给通知范围内的党员；会议取消时也用它告知应到党员。',
    fields: '模板字段：标题 thing1、发布人 thing2、时间 time3、备注 thing4',
  },
  reminder: {
    when: '在「签阅情况」点「提醒未读」时，发给还没有阅读的党员。',
    fields: '模板字段：标题 thing1、提醒内容 thing2、发布时间 time3',
  },
  meeting: {
    when: '会议开始前（按下方设置的提前分钟数）发给应到且未请假的党员。',
    fields: '模板字段：会议名称 thing1、开始时间 time2、地点 thing3、备注 thing4',
  },
  leave: {
    when: '支部书记批准或驳回请假时，发给请假的党员（含驳回理由）。',
    fields: '模板字段：活动名称 thing1、活动时间 time2、审批结果 phrase3、备注 thing4',
  },
  birthday: {
    when: '党员政治生日（入党纪念日）当天早上 8 点，发给在「我的」开启了政治生日提醒的党员。',
    fields: '模板字段：党员姓名 thing1、入党日期 date2、祝福语 thing3',
  },
}

/** 订阅消息设置 (admin): template ids from the WeChat console and the before-meeting lead time. */
export default function NoticeSettings() {
  const settings = useNoticeSettings()
  const draft = settings.draft
  return (
    <View className="page notice-edit">
      <PageState loading={!draft && !settings.error} error={settings.error} onRetry={settings.reload}>
        {draft && (
          <>
            <Section title="消息模板">
              <View className="notice-edit__body">
                <Text className="notice-edit__hint">
                  在微信公众平台“订阅消息”中选用模板后，将模板 ID
                  填在这里；留空则不发送该类消息。党员需先在「通知」页开启消息提醒才能收到。
                </Text>
                {MESSAGE_KINDS.map((kind) => (
                  <View key={kind} className="notice-edit__field" data-testid={`template-purpose-${kind}`}>
                    <Text>{MESSAGE_KIND_LABELS[kind]}</Text>
                    <Text className="notice-edit__hint notice-settings__purpose">{PURPOSES[kind].when}</Text>
                    <Text className="notice-edit__hint notice-settings__purpose">{PURPOSES[kind].fields}</Text>
                    <Input
                      id={`template-${kind}`}
                      className="notice-edit__input"
                      placeholder="模板 ID"
                      value={draft.templates[kind]}
                      onChange={(value) => settings.setTemplate(kind, value)}
                    />
                  </View>
                ))}
              </View>
            </Section>
            <Section title="会前提醒">
              <View className="notice-edit__body">
                <View className="notice-edit__field">
                  <Text>会议开始前多少分钟提醒（5–1440）</Text>
                  <Input
                    id="lead-minutes"
                    className="notice-edit__input"
                    type="number"
                    value={String(draft.leadMinutes || '')}
                    onChange={settings.setLeadMinutes}
                  />
                </View>
              </View>
            </Section>
            <View className="notice-edit__submit">
              <SubmitBar className="settings-save" loading={settings.saving} onSubmit={settings.save}>
                保存
              </SubmitBar>
            </View>
          </>
        )}
      </PageState>
    </View>
  )
}
