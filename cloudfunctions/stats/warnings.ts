import type { EventType } from '../common/contract/eventTypes'
import type { StatsWarning } from '../common/contract/stats'
import type { PendingItem, StatsSnapshotDoc } from '../common/db/models/stats'
import { inZone } from '../common/time'
import type { PeriodRef } from '../common/periods'
import { REQUIREMENTS } from './compile/requirements'

/** Past this day of the month a missing meeting is worth a leader's attention. */
export const WARN_AFTER_DAY = 20

/** Warnings a dashboard lists (it tells how many there are in all). */
export const WARNINGS_SHOWN = 30

const VERB: Record<EventType, string> = {
  theme_day: '开展',
  general_meeting: '召开',
  committee_meeting: '召开',
  group_meeting: '召开',
  party_lecture: '开展',
  life_meeting: '召开',
  member_review: '开展',
}

const WITHIN = { month: '本月', quarter: '本季度', year: '本年度' } as const

/** A quarter's or year's requirement is only urgent in its last month. */
const inLastMonth = (period: PeriodRef, now: Date): boolean =>
  period.kind === 'month' || inZone(now).add(1, 'month').startOf('month').toDate() >= period.end

/**
 * The requirements of the snapshot's own period kind (the month's in a month,
 * the quarter's in a quarter...) that no held meeting has met yet.
 */
export const pendingOf = (snapshot: StatsSnapshotDoc): PendingItem[] =>
  snapshot.figures.byType
    .filter((item) => REQUIREMENTS[item.type].every === snapshot.kind)
    .flatMap((item) =>
      item.pending.map((pending) => ({
        branchId: snapshot.branchId,
        branchName: snapshot.branchName,
        path: [snapshot.branchName],
        detail: `${pending.groupName ? `${pending.groupName} ` : ''}${WITHIN[snapshot.kind]}尚未${VERB[item.type]}${item.label}`,
      })),
    )

const toWarning = (item: PendingItem): StatsWarning => {
  const path = item.path.join(' › ')
  return {
    branchId: item.branchId,
    branchName: item.branchName,
    path,
    message: `${path} ${item.detail}`,
    detail: item.detail,
  }
}

/**
 * Warnings such as 二分公司党委 › 第三支部 本月尚未开展主题党日: after day 20
 * of a month, every requirement of the current month (and, in a quarter's or
 * year's last month, of the quarter or year) that no held meeting has met
 * yet, the first WARNINGS_SHOWN listed and all of them counted.
 */
export const currentWarnings = (
  current: readonly { period: PeriodRef; pending: { count: number; items: readonly PendingItem[] } }[],
  now: Date,
): { warnings: StatsWarning[]; warningCount: number } => {
  if (inZone(now).date() <= WARN_AFTER_DAY) return { warnings: [], warningCount: 0 }
  const urgent = current.filter(({ period }) => inLastMonth(period, now))
  return {
    warnings: urgent.flatMap(({ pending }) => pending.items.map(toWarning)).slice(0, WARNINGS_SHOWN),
    warningCount: urgent.reduce((total, { pending }) => total + pending.count, 0),
  }
}
