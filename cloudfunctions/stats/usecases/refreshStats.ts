import type { StatsPeriodInput, RefreshResult } from '../../common/contract/stats'
import type { Context } from '../../common/handler'
import { COMPILE_BATCH, inBatches } from '../batches'
import { yearOf } from '../../common/periods'
import { refreshBranches, statsPeriod, toStatsPeriod } from '../scope'
import { compileBranchStats } from '../compile/compileBranchStats'
import { compileRollups } from '../rollup/compileRollups'
import type { Database } from '../../common/db/database'
import type { MemberDoc } from '../../common/db/models/members'
import { rootPlace } from '../../common/db/models/units'
import type { StatsSnapshotDoc } from '../../common/db/models/stats'
import { administersOrganisation, oversees, reachesUnit } from '../../common/rules/access'
import type { PeriodRef } from '../../common/periods'
import { unitsByIds } from '../rollup/tree'

/**
 * The roll-ups a refresh recompiles: the whole tree's (from the branches just
 * compiled) for a caller who reaches all of it; otherwise each granted unit's
 * subtree, whose branches are all in `refreshBranches` (the units above it
 * follow at the nightly compile).
 */
const refreshRollups = async (
  db: Database,
  member: MemberDoc,
  periods: PeriodRef[],
  now: Date,
  compiled: StatsSnapshotDoc[],
): Promise<void> => {
  if (reachesUnit(member, rootPlace(member), 'leader') || administersOrganisation(member)) {
    await compileRollups(db, null, periods, now, compiled)
    return
  }
  const granted = (member.grants ?? []).filter((grant) => grant.role !== 'secretary').map((grant) => grant.unitId)
  const units = await unitsByIds(db, [...new Set(granted)])
  await Promise.all(units.map((unit) => compileRollups(db, unit, periods, now)))
}

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
  if (!input.branchId && oversees(caller.member)) await refreshRollups(db, caller.member, periods, now, snapshots)
  return { period: toStatsPeriod(period), branches: branches.length, compiledAt: now.toISOString() }
}
