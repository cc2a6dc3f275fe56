import type { Database } from '../common/db/database'
import type { BranchUnitDoc } from '../common/db/models/units'
import { snapshotId, type StatsSnapshotDoc } from '../common/db/models/stats'
import { COMPILE_BATCH, inBatches } from './batches'
import type { PeriodRef } from '../common/periods'
import { findSnapshot, snapshotsByIds } from './snapshots'
import { collections } from '../common/db/collections'
import { compileBranchStats } from './compile/compileBranchStats'

/**
 * A snapshot answers for its period once it exists and, for a period that has
 * ended, was compiled after the end: the last nightly compile of a month runs
 * at 02:00 on its last day, so the month's final hours are compiled on the
 * first look after it ends, and that snapshot then stays.
 */
export const isUsable = (snapshot: Pick<StatsSnapshotDoc, 'compiledAt'>, period: PeriodRef, now: Date): boolean =>
  now < period.end || new Date(snapshot.compiledAt) >= period.end

/** The snapshots of these branches for every period (without drill-down), compiling what is missing or stale. */
export const ensureSnapshots = async (
  db: Database,
  branches: readonly BranchUnitDoc[],
  periods: readonly PeriodRef[],
  now: Date,
): Promise<Map<string, StatsSnapshotDoc>> => {
  const jobs = branches.flatMap((branch) => periods.map((period) => ({ branch, period })))
  const stored = await snapshotsByIds<StatsSnapshotDoc>(
    db,
    collections.statsSnapshots.name,
    jobs.map(({ branch, period }) => snapshotId(branch._id, period.key)),
  )
  const byId = new Map(stored.map((doc) => [doc._id, doc]))
  const snapshots = await inBatches(jobs, COMPILE_BATCH, async ({ branch, period }) => {
    const snapshot = byId.get(snapshotId(branch._id, period.key))
    return snapshot && isUsable(snapshot, period, now) ? snapshot : compileBranchStats(db, branch, period, now)
  })
  return new Map(snapshots.map((snapshot) => [snapshot._id, snapshot]))
}

/** One branch's snapshot with its drill-down, compiled if missing or stale. */
export const ensureBranchSnapshot = async (
  db: Database,
  branch: BranchUnitDoc,
  period: PeriodRef,
  now: Date,
): Promise<StatsSnapshotDoc> => {
  const snapshot = await findSnapshot(db, snapshotId(branch._id, period.key))
  return snapshot && isUsable(snapshot, period, now) ? snapshot : compileBranchStats(db, branch, period, now)
}
