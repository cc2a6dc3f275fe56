import { useState } from 'react'
import { answerObjection } from '@/api/review'
import { useSubmit } from '../useSubmit'

/** The secretary answers objections one at a time: the answer being written and the objection it is for. */
export function useObjectionAnswers(reviewId: string, reload: () => Promise<void>) {
  const [editing, setEditing] = useState<string>()
  const [text, setText] = useState('')
  const answer = useSubmit(
    (objectionId: string) => answerObjection({ reviewId, objectionId, answer: text }, { silent: true }),
    {
      fallback: '答复失败，请重试',
      toast: { title: '已答复' },
      onDone: async () => {
        setEditing(undefined)
        setText('')
        await reload()
      },
    },
  )
  const edit = (objectionId: string, current = '') => {
    answer.clearError()
    setEditing(objectionId)
    setText(current)
  }
  return { editing, edit, cancel: () => setEditing(undefined), text, setText, answer }
}
