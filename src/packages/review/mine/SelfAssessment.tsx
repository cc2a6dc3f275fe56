import { Text, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import type { MyReview } from '@contract'
import { GRADE_LABELS } from '@contract/reviewLabels'
import ButtonChoice from '@/components/ButtonChoice'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useSelfAssessment } from '@/hooks/review/useSelfAssessment'
import { GRADE_OPTIONS } from '../labels'

interface Props {
  review: MyReview
  open: boolean
  reload: () => Promise<void>
}

/** 自评: the member's text and own grade; read-only once voting is over. */
export default function SelfAssessment({ review, open, reload }: Props) {
  const form = useSelfAssessment(review.review.id, review.self, reload)
  if (!open)
    return (
      <Section title="自评" testId="review-self">
        <View className="review__body">
          <Text className="review__meta">
            自评等次：{review.self.grade ? GRADE_LABELS[review.self.grade] : '未填写'}
          </Text>
          {review.self.text && <Text className="review__text">{review.self.text}</Text>}
        </View>
      </Section>
    )
  return (
    <Section title={review.self.submittedAt ? '自评（已提交，可修改）' : '自评'} testId="review-self">
      <View className="review__body">
        <TextArea
          className="review__textarea review-self-text"
          placeholder="对照党员标准，简要总结一年来的思想、学习、工作和作风情况"
          maxLength={2000}
          rows={6}
          value={form.text}
          onChange={form.setText}
        />
        <Text className="review__label">自评等次</Text>
        <ButtonChoice
          className="review-self-grade review-grades-choice"
          value={form.grade ?? ''}
          options={GRADE_OPTIONS}
          onChange={(grade) => form.setGrade(grade as NonNullable<typeof form.grade>)}
        />
        <SubmitBar
          className="review-self-submit review__submit"
          error={form.save.error}
          loading={form.save.running}
          onSubmit={form.submit}
        >
          保存自评
        </SubmitBar>
      </View>
    </Section>
  )
}
