// Selectors: #template-notice #template-reminder #template-meeting #template-leave #lead-minutes .settings-save
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { MESSAGE_KIND_LABELS, MESSAGE_KINDS } from '@contract/noticeLimits'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import { useNoticeSettings } from '@/hooks/notices/useNoticeSettings'
import '../edit/index.scss'

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
                  在微信公众平台“订阅消息”中选用模板后，将模板 ID 填在这里；留空则不发送该类消息。字段要求见部署说明。
                </Text>
                {MESSAGE_KINDS.map((kind) => (
                  <View key={kind} className="notice-edit__field">
                    <Text>{MESSAGE_KIND_LABELS[kind]}</Text>
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
              <Button
                className="settings-save"
                type="primary"
                block
                loading={settings.saving}
                onClick={() => void settings.save()}
              >
                保存
              </Button>
            </View>
          </>
        )}
      </PageState>
    </View>
  )
}
