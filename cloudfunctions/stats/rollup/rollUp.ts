import { snapshotId, unitSnapshotId, type StatsSnapshotDoc, type UnitSnapshotDoc } from '../../common/db/models/stats'
import type { UnitDoc } from '../../common/db/models/units'
import type { PeriodRef } from '../../common/periods'
import { branchPart, poolParts, unitPart, type Part } from './parts'
import { isBranch } from './tree'

export const unitSnapshot = (unit: Pick<UnitDoc, '_id' | 'name'>, period: PeriodRef, part: Part): UnitSnapshotDoc => ({
  _id: unitSnapshotId(unit._id, period.key),
  unitId: unit._id,
  unitName: unit.name,
  kind: period.kind,
  periodKey: period.key,
  start: period.start,
  end: period.end,
  compiledAt: part.compiledAt,
  totals: part.totals,
  pointsByMonth: part.pointsByMonth,
  pending: part.pending,
})

const byParent = (units: readonly UnitDoc[]): Map<string | null, UnitDoc[]> => {
  const children = new Map<string | null, UnitDoc[]>()
  for (const unit of [...units].sort((a, b) => a.order - b.order))
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit])
  return children
}

/**
 * The roll-ups of every 党委 and 党总支 among `units` for one period, bottom
 * up: a unit is the pool of its children's parts (a branch's snapshot, a
 * lower unit's roll-up), so each level sums numerators and denominators and
 * never averages rates. `snapshots` holds the branches' snapshots by id.
 */
export const rollUpTree = (
  units: readonly UnitDoc[],
  snapshots: ReadonlyMap<string, StatsSnapshotDoc>,
  period: PeriodRef,
  now: Date,
): UnitSnapshotDoc[] => {
  const children = byParent(units)
  const done = new Map<string, UnitSnapshotDoc>()
  const partOf = (child: UnitDoc): Part[] => {
    const snapshot = isBranch(child) ? snapshots.get(snapshotId(child._id, period.key)) : undefined
    if (snapshot) return [branchPart(snapshot)]
    const rolled = done.get(child._id)
    return rolled ? [unitPart(rolled)] : []
  }
  const deepestFirst = units.filter((unit) => !isBranch(unit)).sort((a, b) => b.ancestors.length - a.ancestors.length)
  for (const unit of deepestFirst) {
    const parts = (children.get(unit._id) ?? []).flatMap(partOf)
    done.set(unit._id, unitSnapshot(unit, period, poolParts(parts, now)))
  }
  return [...done.values()]
}
