import type { StatsPeriod, StatsPeriodInput } from '../common/contract/stats'
import { findBranch, listBranchDocs } from '../common/db/members'
import type { BranchUnitDoc } from '../common/db/models/units'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import { AppError } from '../common/errors'
import { periodLabel, requestedPeriod, type PeriodRef } from '../common/periods'
import { assertReadsBranch, oversees, readsUnit } from '../common/rules/access'

/**
 * The one branch a report is about: any branch below a leader or admin, the
 * own branch for a secretary (the default when none is named).
 */
export const reportBranch = async (db: Database, caller: MemberDoc, branchId?: string): Promise<BranchUnitDoc> => {
  const wanted = branchId ?? caller.branchId
  const branch = await findBranch(db, wanted)
  if (!branch) throw new AppError('STATS_BRANCH_NOT_FOUND')
  assertReadsBranch(caller, branch, 'STATS_BRANCH_FORBIDDEN')
  return branch
}

/** What a refresh recompiles: every branch below a leader or admin (unless one is named), the own branch for a secretary. */
export const refreshBranches = async (db: Database, caller: MemberDoc, branchId?: string): Promise<BranchUnitDoc[]> => {
  if (oversees(caller) && !branchId) return (await listBranchDocs(db)).filter((branch) => readsUnit(caller, branch))
  return [await reportBranch(db, caller, branchId)]
}

/** The period a report is about: it must exist (`2026-13` does not) and must have begun (a future one has nothing to count). */
export const statsPeriod = (input: StatsPeriodInput, now: Date): PeriodRef =>
  requestedPeriod(input, now, (problem) =>
    problem === 'future' ? new AppError('STATS_PERIOD_FUTURE') : new AppError('STATS_PERIOD_INVALID'),
  )

export const toStatsPeriod = (period: PeriodRef): StatsPeriod => ({
  kind: period.kind,
  key: period.key,
  label: periodLabel(period.kind, period.key),
  start: period.start.toISOString(),
  end: period.end.toISOString(),
})
