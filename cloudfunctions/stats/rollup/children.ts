import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { snapshotId, unitSnapshotId, type StatsSnapshotDoc, type UnitSnapshotDoc } from '../../common/db/models/stats'
import type { UnitDoc } from '../../common/db/models/units'
import type { PeriodRef } from '../../common/periods'
import { ensureSnapshots, isUsable } from '../ensureSnapshots'
import { snapshotsByIds } from '../snapshots'
import { compileRollups } from './compileRollups'
import { branchPart, unitPart, type Part } from './parts'
import { isBranch } from './tree'

/** The children's documents for the periods: branch snapshots and unit roll-ups, by `_id`. */
export interface ChildDocs {
  branches: Map<string, StatsSnapshotDoc>
  units: Map<string, UnitSnapshotDoc>
}

/**
 * The roll-ups of these units for the periods: one read, and only a unit
 * whose roll-up is missing or stale (never compiled for a past period, say)
 * is compiled from its subtree.
 */
const unitRollups = async (db: Database, units: readonly UnitDoc[], periods: readonly PeriodRef[], now: Date) => {
  const ids = units.flatMap((unit) => periods.map((period) => unitSnapshotId(unit._id, period.key)))
  const stored = await snapshotsByIds<UnitSnapshotDoc>(db, collections.unitSnapshots.name, ids)
  const found = new Map(stored.map((doc) => [doc._id, doc]))
  const stale = units.filter((unit) =>
    periods.some((period) => {
      const doc = found.get(unitSnapshotId(unit._id, period.key))
      return !doc || !isUsable(doc, period, now)
    }),
  )
  for (const unit of stale)
    for (const doc of await compileRollups(db, unit, periods, now)) if (doc.unitId === unit._id) found.set(doc._id, doc)
  return found
}

/** What a dashboard reads: one document per child and period, O(children) whatever the subtree's size. */
export const childDocs = async (
  db: Database,
  children: readonly UnitDoc[],
  periods: readonly PeriodRef[],
  now: Date,
): Promise<ChildDocs> => {
  const [branches, units] = await Promise.all([
    ensureSnapshots(db, children.filter(isBranch), periods, now),
    unitRollups(
      db,
      children.filter((child) => !isBranch(child)),
      periods,
      now,
    ),
  ])
  return { branches, units }
}

/** The children's parts for one period, in the children's order (a child without data adds nothing). */
export const partsAt = (docs: ChildDocs, children: readonly UnitDoc[], period: PeriodRef): Part[] =>
  children.flatMap((child) => {
    const branch = docs.branches.get(snapshotId(child._id, period.key))
    const unit = docs.units.get(unitSnapshotId(child._id, period.key))
    if (branch) return [branchPart(branch)]
    return unit ? [unitPart(unit)] : []
  })

/** The dashboard's rows for the period: child units, then child branches, each in the tree's order. */
export const rowsAt = (docs: ChildDocs, children: readonly UnitDoc[], period: PeriodRef) => ({
  units: children.flatMap((child) => {
    const doc = docs.units.get(unitSnapshotId(child._id, period.key))
    return doc && !isBranch(child) ? [{ doc, kind: child.kind as 'committee' | 'general' }] : []
  }),
  branches: children
    .map((child) => docs.branches.get(snapshotId(child._id, period.key)))
    .filter((doc): doc is StatsSnapshotDoc => !!doc),
})
