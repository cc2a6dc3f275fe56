import { useEffect, useState } from 'react'
import type { MyReview } from '@contract'
import type { Grade } from '@contract/reviewLabels'
import { submitSelfAssessment } from '@/api/review'
import { useSubmit } from '../useSubmit'

/** The 自评 form: text and own grade, saved again as often as the member likes while voting is open. */
export function useSelfAssessment(reviewId: string, self: MyReview['self'], onSaved: () => Promise<void>) {
  const [text, setText] = useState(self.text)
  const [grade, setGrade] = useState<Grade | null>(self.grade)
  useEffect(() => {
    setText(self.text)
    setGrade(self.grade)
  }, [self.text, self.grade])
  const save = useSubmit((chosen: Grade) => submitSelfAssessment({ reviewId, text, grade: chosen }, { silent: true }), {
    fallback: '保存失败，请重试',
    toast: { title: '自评已保存' },
    onDone: onSaved,
  })
  const submit = () => (grade ? save.run(grade) : save.setError('请选择自评等次'))
  return { text, setText, grade, setGrade, save, submit }
}
