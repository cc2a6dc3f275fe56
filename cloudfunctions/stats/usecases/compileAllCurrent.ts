import type { TimerContext } from '../../common/handler'
import { listBranchDocs } from '../../common/db/members'
import { COMPILE_BATCH, inBatches } from '../batches'
import { currentPeriods } from '../../common/periods'
import { compileBranchStats } from '../compile/compileBranchStats'
import { compileRollups } from '../rollup/compileRollups'
import { isBranch, unitsBelow } from '../rollup/tree'

/**
 * The 02:00 timer: recompiles the current month, quarter and year of every
 * branch of the tree (all of them, page by page), then rolls them up,
 * bottom-up, into every unit's figures.
 */
export const compileAllCurrent = async ({ db, now }: TimerContext): Promise<{ compiled: number; units: number }> => {
  const tree = await unitsBelow(db, null)
  const branches = tree.length ? tree.filter(isBranch) : await listBranchDocs(db)
  const periods = currentPeriods(now)
  const jobs = branches.flatMap((branch) => periods.map((period) => ({ branch, period })))
  const snapshots = await inBatches(jobs, COMPILE_BATCH, ({ branch, period }) =>
    compileBranchStats(db, branch, period, now),
  )
  const rollups = await compileRollups(db, null, periods, now, snapshots)
  return { compiled: jobs.length, units: rollups.length }
}
