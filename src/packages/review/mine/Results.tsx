import { Text, View } from '@tarojs/components'
import { TextArea } from '@nutui/nutui-react-taro'
import type { MyReview, ObjectionRow } from '@contract'
import { GRADE_LABELS } from '@contract/reviewLabels'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useObjection } from '@/hooks/review/useObjection'
import { formatDateTime } from '@/utils/time'
import { countsLine } from '../labels'

type Results = NonNullable<MyReview['results']>

interface Props {
  review: MyReview
  memberId: string
  reload: () => Promise<void>
}

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

/** During 公示: the objection to the chosen member's 组织评定, by name. */
const ObjectionForm = ({ form, name }: { form: ReturnType<typeof useObjection>; name: string }) => (
  <View className="review__body" data-testid="review-objection-form">
    <Text className="review__label">对 {name} 的评定提出异议</Text>
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

/** The branch's 组织评定 as published; during 公示 each row offers an objection. */
const Published = ({
  results,
  form,
  publicized,
}: {
  results: Results
  form: ReturnType<typeof useObjection>
  publicized: boolean
}) => (
  <Section title="组织评定公示" testId="review-grades">
    {results.grades.map((row) => (
      <View key={row.id} className="review__line" data-testid="review-grade" data-member={row.id}>
        <View className="review__line-main">
          <Text>
            {row.name} · {GRADE_LABELS[row.grade]}
          </Text>
          {row.reason && <Text className="review__meta">{row.reason}</Text>}
        </View>
        {publicized && (
          <Text className="review__link review-object" onClick={() => form.setMemberId(row.id)}>
            提出异议
          </Text>
        )}
      </View>
    ))}
  </Section>
)

/** After 公示 begins: my result, the branch's 组织评定, my objections and (during 公示) a new one. */
export default function ResultsPart({ review, memberId, reload }: Props) {
  const form = useObjection(review.review.id, reload)
  const results = review.results
  if (!results) return null
  const publicized = review.review.phase === 'publicized'
  const about = results.grades.find((row) => row.id === form.memberId)
  return (
    <>
      <MyResult results={results} memberId={memberId} />
      {(about || results.myObjections.length > 0) && (
        <Section title="我的异议" testId="review-objections">
          {results.myObjections.map((objection) => (
            <Objection key={objection.id} objection={objection} />
          ))}
          {publicized && about && <ObjectionForm form={form} name={about.name} />}
        </Section>
      )}
      <Published results={results} form={form} publicized={publicized} />
    </>
  )
}
