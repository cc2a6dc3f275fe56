import { useState } from 'react'
import type { ReliefKind } from '@contract'
import { periodKey, shiftPeriod } from '@periods'
import { listReliefs, proposeRelief } from '@/api/dues'
import { toFen } from '@/packages/dues/labels'
import { newRequestId } from '@/utils/requestId'
import { useRoster } from '../members/useRoster'
import { useBoundProfile } from '../me'
import { useFieldError } from '../useFieldError'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

const FIELDS = ['memberId', 'kind', 'amountFen', 'fromMonth', 'toMonth', 'reason']

/** The branch's active members to choose from, and its reliefs so far. */
function useBranchReliefs() {
  const { profile } = useBoundProfile()
  const branchId = profile?.branchId ?? ''
  const roster = useRoster(branchId, Boolean(branchId))
  const reliefs = useRequest(() => listReliefs({ branchId }, { silent: true }), [branchId], {
    ready: Boolean(branchId),
  })
  return { roster, reliefs, members: (roster.data ?? []).filter((entry) => entry.status === 'active') }
}

type Tracked = ReturnType<typeof useFieldError>['tracked']

/** The relief's months: from (a year back at most, months owed) to (at most 12 months on). */
function useReliefPeriod(change: Tracked) {
  const current = periodKey('month', new Date())
  const [fromMonth, setFromMonth] = useState(current)
  const [toMonth, setToMonth] = useState(current)
  return {
    fromMonth,
    setFromMonth: change('fromMonth', (month: string) => {
      setFromMonth(month)
      if (toMonth < month) setToMonth(month)
    }),
    toMonth,
    setToMonth: change('toMonth', setToMonth),
    minMonth: shiftPeriod('month', current, -12),
    maxMonth: shiftPeriod('month', current, 12),
  }
}

/** 减免申请 (the branch's secretary): propose an exemption or reduction with a reason and period; the branch's list. */
export function useReliefProposal() {
  const { roster, reliefs, members } = useBranchReliefs()
  const [memberId, setMemberId] = useState<string>()
  const [kind, setKind] = useState<ReliefKind>('exempt')
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [requestId, setRequestId] = useState(newRequestId)
  const errors = useFieldError((field) => FIELDS.includes(field))
  const period = useReliefPeriod(errors.tracked)
  const { fromMonth, toMonth } = period
  const submit = useSubmit(
    () => {
      if (!memberId) throw new Error('请选择党员')
      return proposeRelief(
        {
          memberId,
          kind,
          ...(kind === 'reduce' ? { amountFen: toFen(amount) } : {}),
          fromMonth,
          toMonth,
          reason,
          requestId,
        },
        { silent: true },
      )
    },
    {
      onError: (error) => errors.fail(error, memberId ? '提交失败，请稍后再试' : '请选择党员'),
      toast: { title: '已提交，待上级审批' },
      onDone: () => {
        setReason('')
        setAmount('')
        setRequestId(newRequestId())
        return reliefs.reload()
      },
    },
  )
  const change = errors.tracked
  return {
    members,
    roster,
    reliefs,
    memberId,
    setMemberId: change('memberId', setMemberId),
    kind,
    setKind: change('kind', setKind),
    amount,
    setAmount: change('amountFen', setAmount),
    ...period,
    reason,
    setReason: change('reason', setReason),
    errors,
    submit,
  }
}
