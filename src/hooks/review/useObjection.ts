import { useRef, useState } from 'react'
import { raiseObjection } from '@/api/review'
import { newRequestId } from '@/utils/requestId'
import { useSubmit } from '../useSubmit'

/** 公示: a member raises an objection to one member's 组织评定 (by name; the secretary answers it). */
export function useObjection(reviewId: string, onDone: () => Promise<void>) {
  const [memberId, setMemberId] = useState<string>()
  const [text, setText] = useState('')
  const requestId = useRef(newRequestId())
  const raise = useSubmit(
    (about: string) =>
      raiseObjection({ reviewId, memberId: about, text, requestId: requestId.current }, { silent: true }),
    {
      fallback: '提交失败，请重试',
      toast: { title: '异议已提交' },
      onDone: async () => {
        requestId.current = newRequestId()
        setText('')
        setMemberId(undefined)
        await onDone()
      },
    },
  )
  const submit = () => (memberId ? raise.run(memberId) : raise.setError('请选择异议涉及的党员'))
  return { memberId, setMemberId, text, setText, raise, submit }
}
