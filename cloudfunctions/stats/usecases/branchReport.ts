import type { BranchReport, StatsPeriodInput } from '../../common/contract/stats'
import type { Context } from '../../common/handler'
import { ensureBranchSnapshot } from '../ensureSnapshots'
import { yearOf } from '../../common/periods'
import { reportBranch, statsPeriod, toStatsPeriod } from '../scope'
import { toRow } from '../snapshots'
import { pointsTrend } from '../totals'

/** One branch's figures with its events and members; secretaries see only their own branch. */
export const branchReport = async (
  { db, caller, now }: Context,
  input: { period: StatsPeriodInput; branchId?: string },
): Promise<BranchReport> => {
  const period = statsPeriod(input.period, now)
  const branch = await reportBranch(db, caller.member, input.branchId)
  const snapshot = await ensureBranchSnapshot(db, branch, period, now)
  const year = yearOf(period)
  const yearSnapshot = year.key === period.key ? snapshot : await ensureBranchSnapshot(db, branch, year, now)
  return {
    period: toStatsPeriod(period),
    branch: toRow(snapshot),
    events: snapshot.detail.events,
    members: snapshot.detail.members,
    trend: {
      year: year.key,
      points: pointsTrend(yearSnapshot.figures, year, now),
      compiledAt: new Date(yearSnapshot.compiledAt).toISOString(),
    },
  }
}
