import type { Dashboard, DashboardInput, UnitStatsRow } from '../../common/contract/stats'
import type { Context } from '../../common/handler'
import type { Database } from '../../common/db/database'
import type { UnitSnapshotDoc } from '../../common/db/models/stats'
import type { UnitDoc } from '../../common/db/models/units'
import { currentPeriods, yearOf, type PeriodRef } from '../../common/periods'
import { childDocs, partsAt, rowsAt } from '../rollup/children'
import { poolParts } from '../rollup/parts'
import { breadcrumb, dashboardUnit } from '../rollup/scope'
import { childUnits, isBranch } from '../rollup/tree'
import { statsPeriod, toStatsPeriod } from '../scope'
import { toRow } from '../snapshots'
import { pointsTrend } from '../totals'
import { currentWarnings } from '../warnings'

const uniqueByKey = (periods: readonly PeriodRef[]) => [
  ...new Map(periods.map((period) => [period.key, period])).values(),
]

/** What the unit's dashboard lists: its child units and branches; a branch shows itself. */
const childrenOf = (db: Database, unit: UnitDoc | null): Promise<UnitDoc[]> =>
  unit && isBranch(unit) ? Promise.resolve([unit]) : childUnits(db, unit?._id ?? null)

const unitRow = ({ doc, kind }: { doc: UnitSnapshotDoc; kind: UnitStatsRow['kind'] }): UnitStatsRow => ({
  unitId: doc.unitId,
  name: doc.unitName,
  kind,
  compiledAt: new Date(doc.compiledAt).toISOString(),
  totals: doc.totals,
})

/**
 * The leaders' dashboard for one unit: its subtree's totals, one row per
 * child unit or branch, warnings named by path and the points trend — all
 * pooled from one document per child and period, never from every branch below.
 */
export const dashboard = async ({ db, caller, now }: Context, input: DashboardInput): Promise<Dashboard> => {
  const period = statsPeriod(input.period, now)
  const unit = await dashboardUnit(db, caller.member, input.unitId)
  const [path, children] = await Promise.all([breadcrumb(db, caller.member, unit), childrenOf(db, unit)])
  const year = yearOf(period)
  const current = currentPeriods(now)
  const docs = await childDocs(db, children, uniqueByKey([period, year, ...current]), now)
  const main = poolParts(partsAt(docs, children, period), now)
  const yearPart = poolParts(partsAt(docs, children, year), now)
  const rows = rowsAt(docs, children, period)
  const pending = current.map((item) => ({
    period: item,
    pending: poolParts(partsAt(docs, children, item), now).pending,
  }))
  return {
    period: toStatsPeriod(period),
    unit: unit && { unitId: unit._id, name: unit.name, kind: unit.kind },
    path,
    totals: main.totals,
    units: rows.units.map(unitRow),
    branches: rows.branches.map(toRow),
    ...currentWarnings(pending, now),
    compiledAt: main.compiledAt.toISOString(),
    trend: {
      year: year.key,
      points: pointsTrend({ members: yearPart.totals.members, pointsByMonth: yearPart.pointsByMonth }, year, now),
      compiledAt: yearPart.compiledAt.toISOString(),
    },
  }
}
