import { Button, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { ObjectionRow, ReviewProgress } from '@contract'
import EmptyState from '@/components/EmptyState'
import Section from '@/components/Section'
import SubmitBar from '@/components/SubmitBar'
import { useObjectionAnswers } from '@/hooks/review/useObjectionAnswers'
import { formatDateTime } from '@/utils/time'

type Answers = ReturnType<typeof useObjectionAnswers>

const AnswerForm = ({ objection, answers }: { objection: ObjectionRow; answers: Answers }) => (
  <View className="manage__answer">
    <TextArea
      className="manage__textarea review-answer-text"
      placeholder="答复内容：复核情况和结论"
      maxLength={500}
      rows={3}
      value={answers.text}
      onChange={answers.setText}
    />
    <SubmitBar
      className="review-answer-submit"
      error={answers.answer.error}
      loading={answers.answer.running}
      onSubmit={() => answers.answer.run(objection.id)}
    >
      提交答复
    </SubmitBar>
  </View>
)

const Objection = ({
  objection,
  answers,
  canAnswer,
}: {
  objection: ObjectionRow
  answers: Answers
  canAnswer: boolean
}) => (
  <View className="manage__member" data-testid="review-objection" data-answered={objection.answer ? 'yes' : 'no'}>
    <Text className="manage__name">
      {objection.by.name} 对 {objection.about.name} 的评定提出异议
    </Text>
    <Text>{objection.text}</Text>
    <Text className="manage__meta">{formatDateTime(objection.at)}</Text>
    {objection.answer && (
      <Text className="manage__answered">
        答复（{objection.answer.by.name}，{formatDateTime(objection.answer.at)}）：{objection.answer.text}
      </Text>
    )}
    {canAnswer && answers.editing !== objection.id && (
      <Button
        className="manage__answer-open review-answer-open"
        size="small"
        fill="outline"
        onClick={() => answers.edit(objection.id, objection.answer?.text)}
      >
        {objection.answer ? '修改答复' : '答复'}
      </Button>
    )}
    {answers.editing === objection.id && <AnswerForm objection={objection} answers={answers} />}
  </View>
)

/** 公示 objections, each answered by the secretary before the result can be made final. */
export default function Objections({ progress, reload }: { progress: ReviewProgress; reload: () => Promise<void> }) {
  const answers = useObjectionAnswers(progress.review.id, reload)
  const canAnswer = progress.review.phase === 'publicized'
  const open = progress.objections.filter((objection) => !objection.answer).length
  return (
    <Section title={open ? `异议（${open} 条待答复）` : '异议'} testId="review-objections">
      {!progress.objections.length && <EmptyState title="暂无异议" />}
      {progress.objections.map((objection) => (
        <Objection key={objection.id} objection={objection} answers={answers} canAnswer={canAnswer} />
      ))}
    </Section>
  )
}
