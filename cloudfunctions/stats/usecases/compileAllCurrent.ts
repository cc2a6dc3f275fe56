import type { TimerContext } from '../../common/handler'
import { listBranchDocs } from '../../common/db/members'
import { COMPILE_BATCH, inBatches } from '../batches'
import { currentPeriods } from '../../common/periods'
import { compileBranchStats } from '../compile/compileBranchStats'

/** The 02:00 timer: recompiles the current month, quarter and year of every branch. */
export const compileAllCurrent = async ({ db, now }: TimerContext): Promise<{ compiled: number }> => {
  const branches = await listBranchDocs(db)
  const periods = currentPeriods(now)
  const jobs = branches.flatMap((branch) => periods.map((period) => ({ branch, period })))
  await inBatches(jobs, COMPILE_BATCH, ({ branch, period }) => compileBranchStats(db, branch, period, now))
  return { compiled: jobs.length }
}
