import type { EventType } from '../common/contract/eventTypes'
import type { StatsWarning } from '../common/contract/stats'
import type { StatsSnapshotDoc } from '../common/db/models/stats'
import { inZone } from '../common/time'
import type { PeriodRef } from '../common/periods'
import { REQUIREMENTS } from './compile/requirements'

/** Past this day of the month a missing meeting is worth a leader's attention. */
export const WARN_AFTER_DAY = 20

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
 * Warnings such as 第三支部 本月尚未开展主题党日: after day 20 of a month,
 * every requirement of the current month (and, in a quarter's or year's last
 * month, of the quarter or year) that no held meeting has met yet.
 */
export const currentWarnings = (
  current: readonly { period: PeriodRef; snapshots: readonly StatsSnapshotDoc[] }[],
  now: Date,
): StatsWarning[] => {
  if (inZone(now).date() <= WARN_AFTER_DAY) return []
  return current.flatMap(({ period, snapshots }) =>
    inLastMonth(period, now)
      ? snapshots.flatMap((snapshot) =>
          snapshot.figures.byType
            .filter((item) => REQUIREMENTS[item.type].every === period.kind)
            .flatMap((item) =>
              item.pending.map((pending) => {
                const detail = `${pending.groupName ? `${pending.groupName} ` : ''}${WITHIN[period.kind]}尚未${VERB[item.type]}${item.label}`
                return {
                  branchId: snapshot.branchId,
                  branchName: snapshot.branchName,
                  message: `${snapshot.branchName} ${detail}`,
                  detail,
                }
              }),
            ),
        )
      : [],
  )
}
