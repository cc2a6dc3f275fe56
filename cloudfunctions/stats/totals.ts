import type { DuesTotals, OrganisationTotals, Ratio, TrendPoint } from '../common/contract/stats'
import type { StatsSnapshotDoc } from '../common/db/models/stats'
import { pendingUnits, ratio } from './compile/compliance'
import { NO_DUES } from './compile/sources/dues'
import { monthsOf, periodKey, type PeriodRef } from '../common/periods'

const sum = <T>(items: readonly T[], pick: (item: T) => number) => items.reduce((total, item) => total + pick(item), 0)

/** Sums numerators and denominators, never averages of rates: a big branch weighs as much as its people. */
const pooled = (totals: readonly OrganisationTotals[], pick: (item: OrganisationTotals) => Ratio): Ratio =>
  ratio(
    sum(totals, (item) => pick(item).numerator),
    sum(totals, (item) => pick(item).denominator),
  )

/** The sum of the figures that have data; null (暂无数据) when none has. */
const sumKnown = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((value): value is number => value !== null)
  return known.length ? known.reduce((total, value) => total + value, 0) : null
}

/** One branch's snapshot as totals, the shape every level of the tree sums. */
export const branchTotals = (doc: StatsSnapshotDoc): OrganisationTotals => {
  const { figures } = doc
  const hasPoints = figures.points.entries > 0
  const pointsTotal = hasPoints ? (figures.points.total ?? 0) : null
  return {
    branches: 1,
    members: figures.members,
    eventsHeld: figures.eventsHeld,
    // From byType, which snapshots compiled before `pending` existed also hold.
    compliance: { ...figures.compliance, pending: pendingUnits(figures.byType) },
    attendance: ratio(figures.attendance.numerator, figures.attendance.denominator),
    late: figures.late,
    leave: figures.leave,
    read: figures.notices.read,
    acknowledged: figures.notices.acknowledged,
    pointsTotal,
    pointsPerMember: pointsTotal !== null && figures.members > 0 ? pointsTotal / figures.members : null,
    activeMembers: hasPoints ? (figures.points.activeMembers ?? 0) : null,
    // Snapshots compiled before dues joined the statistics have none.
    dues: figures.dues ?? NO_DUES,
  }
}

/** 党费 of several branches or units: owed and paid member-months, amounts and flagged members summed. */
const poolDues = (dues: readonly DuesTotals[]): DuesTotals => ({
  collection: ratio(
    sum(dues, (item) => item.collection.numerator),
    sum(dues, (item) => item.collection.denominator),
  ),
  dueFen: sum(dues, (item) => item.dueFen),
  paidFen: sum(dues, (item) => item.paidFen),
  flagged: sum(dues, (item) => item.flagged),
})

/** Totals of several branches or units: counts, numerators and denominators summed, rates recomputed. */
export const poolTotals = (totals: readonly OrganisationTotals[]): OrganisationTotals => {
  const members = sum(totals, (item) => item.members)
  const pointsTotal = sumKnown(totals.map((item) => item.pointsTotal))
  return {
    branches: sum(totals, (item) => item.branches),
    members,
    eventsHeld: sum(totals, (item) => item.eventsHeld),
    compliance: {
      ...pooled(totals, (item) => item.compliance),
      pending: sum(totals, (item) => item.compliance.pending),
    },
    attendance: pooled(totals, (item) => item.attendance),
    late: sum(totals, (item) => item.late),
    leave: sum(totals, (item) => item.leave),
    read: pooled(totals, (item) => item.read),
    acknowledged: pooled(totals, (item) => item.acknowledged),
    pointsTotal,
    pointsPerMember: pointsTotal !== null && members > 0 ? pointsTotal / members : null,
    activeMembers: sumKnown(totals.map((item) => item.activeMembers)),
    dues: poolDues(totals.map((item) => item.dues ?? NO_DUES)),
  }
}

export type MonthPoints = { month: string; points: number }[]

/** Points per month summed over several branches or units; a month appears when any of them has it. */
export const poolMonths = (lists: readonly MonthPoints[]): MonthPoints => {
  const byMonth = new Map<string, number>()
  for (const row of lists.flat()) byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.points)
  return [...byMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, points]) => ({ month, points }))
}

/**
 * Points per member by month over a year, from the year's members and points
 * by month; months after `now` are left out, a month without any points
 * entry is null (暂无数据).
 */
export const pointsTrend = (
  year: { members: number; pointsByMonth: MonthPoints },
  period: PeriodRef,
  now: Date,
): TrendPoint[] => {
  const current = periodKey('month', now)
  return monthsOf(period)
    .filter((month) => month <= current)
    .map((month) => {
      const row = year.pointsByMonth.find((item) => item.month === month)
      return { month, perMember: row && year.members > 0 ? row.points / year.members : null }
    })
}

export const oldest = (snapshots: readonly Pick<StatsSnapshotDoc, 'compiledAt'>[], fallback: Date): string =>
  new Date(Math.min(fallback.getTime(), ...snapshots.map((doc) => new Date(doc.compiledAt).getTime()))).toISOString()
