import type { Dashboard, StatsPeriodInput } from '../../common/contract/stats'
import type { Context } from '../../common/handler'
import type { Database } from '../../common/db/database'
import { listBranchDocs } from '../../common/db/members'
import type { BranchUnitDoc } from '../../common/db/models/units'
import { snapshotId, type StatsSnapshotDoc } from '../../common/db/models/stats'
import { ensureSnapshots } from '../ensureSnapshots'
import { currentPeriods, yearOf, type PeriodRef } from '../../common/periods'
import { statsPeriod, toStatsPeriod } from '../scope'
import { toRow } from '../snapshots'
import { oldest, organisationTotals, pointsTrend } from '../totals'
import { currentWarnings } from '../warnings'

const uniqueByKey = (periods: readonly PeriodRef[]) => [
  ...new Map(periods.map((period) => [period.key, period])).values(),
]

const pick = (found: Map<string, StatsSnapshotDoc>, branches: readonly BranchUnitDoc[], period: PeriodRef) =>
  branches
    .map((branch) => found.get(snapshotId(branch._id, period.key)))
    .filter((doc): doc is StatsSnapshotDoc => !!doc)

/** Every branch's snapshots for the period, its year (the trend) and the current periods (the warnings). */
export const dashboardSnapshots = async (db: Database, period: PeriodRef, now: Date) => {
  const branches = await listBranchDocs(db)
  const year = yearOf(period)
  const current = currentPeriods(now)
  const found = await ensureSnapshots(db, branches, uniqueByKey([period, year, ...current]), now)
  return {
    rows: pick(found, branches, period),
    year,
    yearRows: pick(found, branches, year),
    current: current.map((item) => ({ period: item, snapshots: pick(found, branches, item) })),
  }
}

/** The leaders' dashboard: organisation totals, one row per branch, warnings and the points trend. */
export const dashboard = async ({ db, now }: Context, input: { period: StatsPeriodInput }): Promise<Dashboard> => {
  const period = statsPeriod(input.period, now)
  const { rows, year, yearRows, current } = await dashboardSnapshots(db, period, now)
  return {
    period: toStatsPeriod(period),
    totals: organisationTotals(rows),
    branches: rows.map(toRow),
    warnings: currentWarnings(current, now),
    compiledAt: oldest(rows, now),
    trend: { year: year.key, points: pointsTrend(yearRows, year, now), compiledAt: oldest(yearRows, now) },
  }
}
