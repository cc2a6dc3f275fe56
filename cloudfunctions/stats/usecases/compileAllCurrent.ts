import type { TimerContext } from '../../common/handler'
import { listBranchDocs } from '../../common/db/members'
import { currentPeriods } from '../periods'
import { compileBranchStats } from './compileBranchStats'

/** The 02:00 timer: recompiles the current month, quarter and year of every branch. */
export const compileAllCurrent = async ({ db, now }: TimerContext): Promise<{ compiled: number }> => {
  const branches = await listBranchDocs(db)
  const periods = currentPeriods(now)
  // One branch at a time keeps the load on the database flat for large organisations.
  for (const branch of branches) for (const period of periods) await compileBranchStats(db, branch, period, now)
  return { compiled: branches.length * periods.length }
}
