import { useState } from 'react'
import { decideRelief, listReliefs } from '@/api/dues'
import { confirmDialog } from '@/utils/dialog'
import { useReloadOnShow } from '../useReloadOnShow'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

/** 减免审批 (admin): the proposed reliefs of the branches below; approve, or reject with a note the branch reads. */
export function useReliefDecisions() {
  const reliefs = useRequest(() => listReliefs({ status: 'proposed' }, { silent: true }), [], {
    pullDownRefresh: true,
  })
  useReloadOnShow(reliefs.reload)
  const [rejecting, setRejecting] = useState<string>()
  const [note, setNote] = useState('')
  const approve = useSubmit(
    async (reliefId: string) => {
      const relief = reliefs.data?.find((item) => item.id === reliefId)
      const ok = await confirmDialog({ title: '批准减免', content: `批准 ${relief?.memberName ?? ''} 的减免申请？` })
      return ok ? decideRelief({ reliefId, approve: true }) : null
    },
    { onDone: (result) => (result ? reliefs.reload() : undefined) },
  )
  const reject = useSubmit(() => decideRelief({ reliefId: rejecting ?? '', approve: false, note }, { silent: true }), {
    fallback: '提交失败，请稍后再试',
    toast: { title: '已驳回' },
    onDone: () => {
      setRejecting(undefined)
      setNote('')
      return reliefs.reload()
    },
  })
  const startReject = (reliefId: string) => {
    reject.clearError()
    setNote('')
    setRejecting(reliefId)
  }
  return { reliefs, approve, rejecting, startReject, note, setNote, reject }
}
