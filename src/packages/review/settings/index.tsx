// Selectors: #review-excellent #review-holidays #review-workdays .review-settings-save
import { Text, View } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import FieldError from '@/components/FieldError'
import PageState from '@/components/PageState'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useReviewSettings } from '@/hooks/review/useReviewSettings'
import './index.scss'

/** 评议设置 (admin of the whole organisation): the 优秀 share and the 公示 calendar. */
export default function ReviewSettingsPage() {
  const { settings, form, update, errors, save } = useReviewSettings()
  return (
    <View className="page review-settings">
      <PageState loading={settings.loading && !form} error={settings.error} onRetry={settings.reload}>
        <Section title="组织评定">
          <View className="review-settings__body">
            <View className="review-settings__row">
              <Text>评为优秀的不超过参评党员的</Text>
              <Input
                id="review-excellent"
                className="review-settings__percent"
                type="number"
                value={form?.excellentPercent}
                onChange={update('excellentPercent')}
              />
              <Text>%</Text>
            </View>
            <FieldError message={errors.at('excellentPercent')} />
          </View>
        </Section>
        <Section title="公示日历">
          <View className="review-settings__body">
            <Text className="review-settings__meta">
              公示期按工作日计算（周一至周五）。请填写今明两年的法定节假日和调休上班的周末，每行一个日期，如
              2026-10-01。
            </Text>
            <Text className="review-settings__label">法定节假日（不计入工作日）</Text>
            <TextArea
              id="review-holidays"
              className="review-settings__dates"
              placeholder={'2026-10-01\n2026-10-02'}
              value={form?.holidays}
              onChange={update('holidays')}
            />
            <FieldError message={errors.at('holidays')} />
            <Text className="review-settings__label">调休上班日（周末计入工作日）</Text>
            <TextArea
              id="review-workdays"
              className="review-settings__dates"
              placeholder="2026-10-10"
              value={form?.workingWeekends}
              onChange={update('workingWeekends')}
            />
            <FieldError message={errors.at('workingWeekends')} />
            <SubmitBar
              className="review-settings-save"
              error={errors.general}
              loading={save.running}
              onSubmit={save.run}
            >
              保存
            </SubmitBar>
          </View>
        </Section>
      </PageState>
    </View>
  )
}
