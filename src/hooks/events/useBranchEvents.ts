import { useState } from 'react'
import { exportMonthLedger, listBranchEvents } from '@/api/events'
import { openFile } from '@/api/transport'
import { monthKey } from '@/utils/events'
import { useRequest } from '../useRequest'
import { useSubmit } from '../useSubmit'

/** 支部活动 (secretary, committee): one month of the branch's events and its ledger export. */
export function useBranchEvents() {
  const [month, setMonth] = useState(() => monthKey())
  const events = useRequest(() => listBranchEvents(month, { silent: true }), [month], { pullDownRefresh: true })
  /** The transport toasts a failed export. */
  const exporting = useSubmit(() => exportMonthLedger(month), {
    onDone: (file) => openFile(file.fileID, file.fileName),
  })

  return {
    month,
    previousMonth: () => setMonth((current) => monthKey(-1, current)),
    nextMonth: () => setMonth((current) => monthKey(1, current)),
    events,
    exportLedger: exporting.run,
    exporting: exporting.running,
  }
}
