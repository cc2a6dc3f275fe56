import { useState } from 'react'
import { exportMonthLedger, listBranchEvents } from '@/api/events'
import { openFile } from '@/api/transport'
import { monthKey } from '@/utils/events'
import { useRequest } from '../useRequest'

/** 支部活动 (secretary, committee): one month of the branch's events and its ledger export. */
export function useBranchEvents() {
  const [month, setMonth] = useState(() => monthKey())
  const events = useRequest(() => listBranchEvents(month, { silent: true }), [month], { pullDownRefresh: true })
  const [exporting, setExporting] = useState(false)

  const exportLedger = async () => {
    setExporting(true)
    try {
      const file = await exportMonthLedger(month)
      await openFile(file.fileID, file.fileName)
    } catch {
      // The transport has shown the error.
    } finally {
      setExporting(false)
    }
  }

  return {
    month,
    previousMonth: () => setMonth((current) => monthKey(-1, current)),
    nextMonth: () => setMonth((current) => monthKey(1, current)),
    events,
    exportLedger,
    exporting,
  }
}
