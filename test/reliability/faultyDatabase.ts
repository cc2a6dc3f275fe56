/**
 * Fault injection for the local database: a LocalDatabase whose Nth write
 * request fails, either before it reaches the engine (the request is lost) or
 * after it was applied (the answer is lost), as a flaky network to the cloud
 * database would do.
 */
import type { LocalDatabase } from '../../local/db'

const WRITES = new Set([
  'database.insertDocument',
  'database.modifyDocument',
  'database.removeDocument',
  'database.commitTransaction',
])

export type FaultMode = 'request lost' | 'answer lost'

export interface FaultyDatabase {
  db: LocalDatabase
  /** Fails the `n`th write from now (1 = the next one). */
  failWrite(n: number, mode: FaultMode): void
  /** Whether the armed fault has fired. */
  fired(): boolean
  disarm(): void
}

export const faultyDatabase = (inner: LocalDatabase): FaultyDatabase => {
  let countdown = 0
  let mode: FaultMode = 'request lost'
  let fired = false
  const execute = async (action: string, params: unknown): Promise<unknown> => {
    if (!WRITES.has(action) || countdown <= 0 || --countdown > 0) return inner.execute(action, params)
    fired = true
    if (mode === 'answer lost') await inner.execute(action, params)
    throw new Error(`injected fault: ${action} (${mode})`)
  }
  return {
    db: { ...inner, execute },
    failWrite(n, how) {
      countdown = n
      mode = how
      fired = false
    },
    fired: () => fired,
    disarm() {
      countdown = 0
    },
  }
}
