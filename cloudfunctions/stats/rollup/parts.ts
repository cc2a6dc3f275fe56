import type { OrganisationTotals } from '../../common/contract/stats'
import type { PendingItem, StatsSnapshotDoc, UnitSnapshotDoc } from '../../common/db/models/stats'
import { branchTotals, poolMonths, poolTotals, type MonthPoints } from '../totals'
import { pendingOf, WARNINGS_SHOWN } from '../warnings'

/**
 * What one child (a branch's snapshot or a unit's roll-up) adds to its
 * parent: totals, points by month, open requirements named by path. Every
 * level of the tree is the pool of its children's parts.
 */
export interface Part {
  totals: OrganisationTotals
  pointsByMonth: MonthPoints
  pending: { count: number; items: PendingItem[] }
  compiledAt: Date
}

export const branchPart = (snapshot: StatsSnapshotDoc): Part => {
  const items = pendingOf(snapshot)
  return {
    totals: branchTotals(snapshot),
    pointsByMonth: snapshot.figures.pointsByMonth,
    pending: { count: items.length, items: items.slice(0, WARNINGS_SHOWN) },
    compiledAt: new Date(snapshot.compiledAt),
  }
}

/** A unit's roll-up seen from its parent: its open requirements' paths start with its name. */
export const unitPart = (doc: UnitSnapshotDoc): Part => ({
  totals: doc.totals,
  pointsByMonth: doc.pointsByMonth,
  pending: {
    count: doc.pending.count,
    items: doc.pending.items.map((item) => ({ ...item, path: [doc.unitName, ...item.path] })),
  },
  compiledAt: new Date(doc.compiledAt),
})

/** The pool of several parts: sums only; the oldest compile time (now when there is nothing). */
export const poolParts = (parts: readonly Part[], now: Date): Part => ({
  totals: poolTotals(parts.map((part) => part.totals)),
  pointsByMonth: poolMonths(parts.map((part) => part.pointsByMonth)),
  pending: {
    count: parts.reduce((total, part) => total + part.pending.count, 0),
    items: parts.flatMap((part) => part.pending.items).slice(0, WARNINGS_SHOWN),
  },
  compiledAt: new Date(Math.min(now.getTime(), ...parts.map((part) => part.compiledAt.getTime()))),
})
