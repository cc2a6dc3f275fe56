import { Picker, Text, View } from '@tarojs/components'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useOpenReview } from '@/hooks/review/useOpenReview'

/** No review for the year yet: the secretary opens one with a closing date. */
export default function OpenForm({ year, onOpened }: { year: number; onOpened: () => Promise<void> }) {
  const form = useOpenReview(year, onOpened)
  return (
    <Section title={`开启 ${year} 年度民主评议`} testId="review-open">
      <View className="manage__body">
        <Text className="manage__meta">
          开启时本支部的正式在册党员即为参评党员。党员自评并互评，截止后由支委会提出组织评定。
        </Text>
        <Picker
          mode="date"
          value={form.closesOn}
          start={form.firstDay}
          onChange={(e) => form.setClosesOn(String(e.detail.value))}
        >
          <View className="manage__picker review-closes-on">投票截止：{form.closesOn} 24:00 ›</View>
        </Picker>
        <SubmitBar
          className="review-open-submit"
          error={form.open.error}
          loading={form.open.running}
          onSubmit={form.open.run}
        >
          开启评议
        </SubmitBar>
      </View>
    </Section>
  )
}
