import { Text, View } from '@tarojs/components'
import { Picker } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import type { MyReview, ObjectionRow } from '@contract'
import { GRADE_LABELS } from '@contract/reviewLabels'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useObjection } from '@/hooks/review/useObjection'
import { formatDateTime } from '@/utils/time'
import { countsLine } from '../labels'

type Results = NonNullable<MyReview['results']>

/** The member's own 组织评定 and how the others rated them (counts only). */
const MyResult = ({ results, memberId }: { results: Results; memberId: string }) => {
  const mine = results.grades.find((row) => row.id === memberId)
  return (
    <Section title="我的评议结果" testId="review-my-result">
      <View className="review__body">
        <Text className="review__grade" data-testid="review-my-grade">
          组织评定：{mine ? GRADE_LABELS[mine.grade] : '未参加本次评议'}
        </Text>
        {mine?.reason && <Text className="review__meta">评定理由：{mine.reason}</Text>}
        {results.myCounts && <Text className="review__meta">互评票数：{countsLine(results.myCounts)}</Text>}
      </View>
    </Section>
  )
}

const Objection = ({ objection }: { objection: ObjectionRow }) => (
  <View className="review__line" data-testid="review-my-objection">
    <View className="review__line-main">
      <Text>
        关于 {objection.about.name}：{objection.text}
      </Text>
      <Text className="review__meta">提出于 {formatDateTime(objection.at)}</Text>
      <Text className="review__answer" data-testid="review-objection-answer">
        {objection.answer ? `支部答复：${objection.answer.text}` : '等待支部答复'}
      </Text>
    </View>
  </View>
)

/** During 公示: raise an objection to one member's 组织评定, by name. */
const ObjectionForm = ({
  review,
  results,
  reload,
}: {
  review: MyReview
  results: Results
  reload: () => Promise<void>
}) => {
  const form = useObjection(review.review.id, reload)
  const index = results.grades.findIndex((row) => row.id === form.memberId)
  return (
    <View className="review__body">
      <Picker
        mode="selector"
        range={results.grades.map((row) => `${row.name}（${GRADE_LABELS[row.grade]}）`)}
        value={Math.max(index, 0)}
        onChange={(event) => form.setMemberId(results.grades[Number(event.detail.value)]?.id)}
      >
        <View className="review__picker review-objection-member">
          {index >= 0 ? `异议涉及：${results.grades[index].name}` : '选择异议涉及的党员 ›'}
        </View>
      </Picker>
      <TextArea
        className="review__textarea review-objection-text"
        placeholder="写明异议的事实和理由（实名提交，支部书记会答复）"
        maxLength={500}
        rows={4}
        value={form.text}
        onChange={form.setText}
      />
      <SubmitBar
        className="review-objection-submit review__submit"
        error={form.raise.error}
        loading={form.raise.running}
        onSubmit={form.submit}
      >
        提交异议
      </SubmitBar>
    </View>
  )
}

/** After 公示 begins: my result, the branch's 组织评定, my objections and (during 公示) a new one. */
export default function ResultsPart(props: { review: MyReview; memberId: string; reload: () => Promise<void> }) {
  const { review, memberId } = props
  const results = review.results
  if (!results) return null
  return (
    <>
      <MyResult results={results} memberId={memberId} />
      <Section title="组织评定公示" testId="review-grades">
        {results.grades.map((row) => (
          <View key={row.id} className="review__line">
            <View className="review__line-main">
              <Text>{row.name}</Text>
              {row.reason && <Text className="review__meta">{row.reason}</Text>}
            </View>
            <Text>{GRADE_LABELS[row.grade]}</Text>
          </View>
        ))}
      </Section>
      {(review.review.phase === 'publicized' || results.myObjections.length > 0) && (
        <Section title="异议" testId="review-objections">
          {results.myObjections.map((objection) => (
            <Objection key={objection.id} objection={objection} />
          ))}
          {review.review.phase === 'publicized' && <ObjectionForm {...props} results={results} />}
        </Section>
      )}
    </>
  )
}
