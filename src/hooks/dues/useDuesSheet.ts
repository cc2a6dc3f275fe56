import { useState } from 'react'
import { dayKey, periodKey, shiftPeriod } from '@periods'
import { branchSheet, exportDuesLedger, recordPayment } from '@/api/dues'
import { openFile } from '@/api/transport'
import { useBoundProfile } from '../me'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

export type SheetFilter = 'all' | 'due' | 'paid' | 'exempt'

/** The secretary's branch month sheet: month switching, filters, recording a cash payment, the 台账 export. */
export function useDuesSheet() {
  const { profile } = useBoundProfile()
  const branchId = profile?.branchId ?? ''
  const [month, setMonth] = useState(() => periodKey('month', new Date()))
  const [filter, setFilter] = useState<SheetFilter>('all')
  const state = useRequest(
    () => (branchId ? branchSheet(branchId, month, { silent: true }) : Promise.resolve(null)),
    [branchId, month],
  )
  const recordCash = useSubmit(
    (memberId: string) => recordPayment({ memberId, months: [month], method: 'cash', paidOn: dayKey(new Date()) }),
    { toast: { title: '已登记现金缴纳', icon: 'success' }, onDone: () => state.reload() },
  )
  const exportLedger = useSubmit(() => exportDuesLedger(branchId, month), {
    onDone: (file) => openFile(file.fileID, file.fileName),
  })
  const rows = (state.data?.rows ?? []).filter((row) => filter === 'all' || row.month.state === filter)
  const shift = (offset: number) => setMonth(shiftPeriod('month', month, offset))
  const canForward = month < periodKey('month', new Date())
  return { ...state, month, shift, canForward, filter, setFilter, rows, recordCash, exportLedger }
}
