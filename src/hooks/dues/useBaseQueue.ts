import { useState } from 'react'
import { confirmBase, pendingBases, returnBase } from '@/api/dues'
import { confirmDialog } from '@/utils/dialog'
import { useBoundProfile } from '../me'
import { useReloadOnShow } from '../useReloadOnShow'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

/** 基数待确认 (the branch's secretary): confirm a declared base, or send it back with a reason the member reads. */
export function useBaseQueue() {
  const { profile } = useBoundProfile()
  const branchId = profile?.branchId ?? ''
  const queue = useRequest(() => pendingBases(branchId, { silent: true }), [branchId], {
    pullDownRefresh: true,
    ready: Boolean(branchId),
  })
  useReloadOnShow(queue.reload)
  /** The base being sent back, and the reason typed for it. */
  const [returning, setReturning] = useState<string>()
  const [reason, setReason] = useState('')
  const confirm = useSubmit(
    async (baseId: string) => {
      const base = queue.data?.find((item) => item.id === baseId)
      const ok = await confirmDialog({ title: '确认基数', content: `确认 ${base?.memberName ?? ''} 申报的党费基数？` })
      return ok ? confirmBase(baseId) : null
    },
    { onDone: (result) => (result ? queue.reload() : undefined) },
  )
  const sendBack = useSubmit(() => returnBase(returning ?? '', reason, { silent: true }), {
    fallback: '退回失败，请稍后再试',
    toast: { title: '已退回' },
    onDone: () => {
      setReturning(undefined)
      setReason('')
      return queue.reload()
    },
  })
  const startReturn = (baseId: string) => {
    sendBack.clearError()
    setReason('')
    setReturning(baseId)
  }
  return { queue, confirm, returning, startReturn, reason, setReason, sendBack }
}
