import type { OrganisationTotals, Ratio, TrendPoint } from '../common/contract/stats'
import type { StatsSnapshotDoc } from '../common/db/models/stats'
import { pendingUnits, ratio } from './compile/compliance'
import { monthsOf, periodKey, type PeriodRef } from '../common/periods'

const sum = (snapshots: readonly StatsSnapshotDoc[], pick: (doc: StatsSnapshotDoc) => number) =>
  snapshots.reduce((total, doc) => total + pick(doc), 0)

/** Sums numerators and denominators, never averages of rates: a big branch weighs as much as its people. */
const pooled = (snapshots: readonly StatsSnapshotDoc[], pick: (doc: StatsSnapshotDoc) => Ratio): Ratio =>
  ratio(
    sum(snapshots, (doc) => pick(doc).numerator),
    sum(snapshots, (doc) => pick(doc).denominator),
  )

export const organisationTotals = (snapshots: readonly StatsSnapshotDoc[]): OrganisationTotals => {
  const members = sum(snapshots, (doc) => doc.figures.members)
  const withPoints = snapshots.filter((doc) => doc.figures.points.entries > 0)
  const pointsTotal = withPoints.length ? sum(withPoints, (doc) => doc.figures.points.total ?? 0) : null
  return {
    branches: snapshots.length,
    members,
    eventsHeld: sum(snapshots, (doc) => doc.figures.eventsHeld),
    // From byType, which snapshots compiled before `pending` existed also hold.
    compliance: {
      ...pooled(snapshots, (doc) => doc.figures.compliance),
      pending: sum(snapshots, (doc) => pendingUnits(doc.figures.byType)),
    },
    attendance: pooled(snapshots, (doc) => doc.figures.attendance),
    late: sum(snapshots, (doc) => doc.figures.late),
    leave: sum(snapshots, (doc) => doc.figures.leave),
    read: pooled(snapshots, (doc) => doc.figures.notices.read),
    acknowledged: pooled(snapshots, (doc) => doc.figures.notices.acknowledged),
    pointsTotal,
    pointsPerMember: pointsTotal !== null && members > 0 ? pointsTotal / members : null,
    activeMembers: withPoints.length ? sum(withPoints, (doc) => doc.figures.points.activeMembers ?? 0) : null,
  }
}

/**
 * Points per member by month over a year, from the year snapshots of the
 * given branches; months after `now` are left out, a month without any
 * points entry is null (暂无数据).
 */
export const pointsTrend = (yearSnapshots: readonly StatsSnapshotDoc[], year: PeriodRef, now: Date): TrendPoint[] => {
  const members = sum(yearSnapshots, (doc) => doc.figures.members)
  const current = periodKey('month', now)
  return monthsOf(year)
    .filter((month) => month <= current)
    .map((month) => {
      const rows = yearSnapshots.flatMap((doc) => doc.figures.pointsByMonth.filter((row) => row.month === month))
      const points = rows.reduce((total, row) => total + row.points, 0)
      return { month, perMember: rows.length && members > 0 ? points / members : null }
    })
}

export const oldest = (snapshots: readonly Pick<StatsSnapshotDoc, 'compiledAt'>[], fallback: Date): string =>
  new Date(Math.min(fallback.getTime(), ...snapshots.map((doc) => new Date(doc.compiledAt).getTime()))).toISOString()
