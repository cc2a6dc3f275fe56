import type { Database } from '../../common/db/database'
import type { StatsSnapshotDoc, UnitSnapshotDoc } from '../../common/db/models/stats'
import type { UnitDoc } from '../../common/db/models/units'
import type { PeriodRef } from '../../common/periods'
import { inBatches } from '../batches'
import { ensureSnapshots } from '../ensureSnapshots'
import { saveUnitSnapshot } from '../snapshots'
import { rollUpTree } from './rollUp'
import { isBranch, unitsBelow } from './tree'

/** Roll-up writes running at once. */
const SAVE_BATCH = 20

/**
 * Compiles and stores the roll-ups of `root` and every unit below it (null:
 * the whole tree) for the periods. The branches' snapshots are the ones just
 * compiled when given (the nightly compile, a refresh), else read, compiling
 * those missing or stale.
 */
export const compileRollups = async (
  db: Database,
  root: UnitDoc | null,
  periods: readonly PeriodRef[],
  now: Date,
  compiled?: readonly StatsSnapshotDoc[],
): Promise<UnitSnapshotDoc[]> => {
  const units = [...(root ? [root] : []), ...(await unitsBelow(db, root?._id ?? null))]
  const snapshots = compiled
    ? new Map(compiled.map((doc) => [doc._id, doc]))
    : await ensureSnapshots(db, units.filter(isBranch), periods, now)
  const docs = periods.flatMap((period) => rollUpTree(units, snapshots, period, now))
  await inBatches(docs, SAVE_BATCH, (doc) => saveUnitSnapshot(db, doc))
  return docs
}
