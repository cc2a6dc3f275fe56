import type { StatsPeriodInput, RefreshResult } from '../../common/contract/stats'
import type { Context } from '../../common/handler'
import { COMPILE_BATCH, inBatches } from '../batches'
import { yearOf } from '../../common/periods'
import { refreshBranches, statsPeriod, toStatsPeriod } from '../scope'
import { compileBranchStats } from '../compile/compileBranchStats'
import { compileRollups } from '../rollup/compileRollups'
import { readsOrganisation } from '../../common/rules/access'

/**
 * 立即刷新: recompiles the period now (and its year, which the trend line is
 * drawn from) for every branch and then every unit's roll-up, or for one
 * branch (the secretary's own): its units' roll-ups follow at the nightly compile.
 */
export const refreshStats = async (
  { db, caller, now }: Context,
  input: { period: StatsPeriodInput; branchId?: string },
): Promise<RefreshResult> => {
  const period = statsPeriod(input.period, now)
  const branches = await refreshBranches(db, caller.member, input.branchId)
  const periods = period.kind === 'year' ? [period] : [period, yearOf(period)]
  const jobs = branches.flatMap((branch) => periods.map((item) => ({ branch, item })))
  const snapshots = await inBatches(jobs, COMPILE_BATCH, ({ branch, item }) =>
    compileBranchStats(db, branch, item, now),
  )
  if (!input.branchId && readsOrganisation(caller.member)) await compileRollups(db, null, periods, now, snapshots)
  return { period: toStatsPeriod(period), branches: branches.length, compiledAt: now.toISOString() }
}
