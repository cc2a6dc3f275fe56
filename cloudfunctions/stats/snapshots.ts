import type { BranchStatsRow } from '../common/contract/stats'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { StatsSnapshotDoc } from '../common/db/models/stats'

export const snapshotsOf = (db: Database) => db.collection<StatsSnapshotDoc>(collections.statsSnapshots.name)

/** Replaces the snapshot whole: a recompile never leaves figures of two compiles mixed. */
export const saveSnapshot = async (db: Database, snapshot: StatsSnapshotDoc): Promise<void> => {
  const { _id, ...fields } = snapshot
  await snapshotsOf(db).doc(_id).set({ data: fields })
}

/** Every branch's snapshots for these period keys, without the drill-down: one request. */
export const snapshotsFor = async (db: Database, periodKeys: readonly string[]): Promise<StatsSnapshotDoc[]> => {
  const { data } = await snapshotsOf(db)
    .where({ periodKey: db.command.in([...periodKeys]) })
    .field({ detail: false })
    .limit(1000)
    .get()
  return data
}

export const findSnapshot = async (db: Database, id: string): Promise<StatsSnapshotDoc | null> => {
  const { data } = await snapshotsOf(db).where({ _id: id }).limit(1).get()
  return data[0] ?? null
}

export const toRow = (snapshot: StatsSnapshotDoc): BranchStatsRow => ({
  branchId: snapshot.branchId,
  branchName: snapshot.branchName,
  compiledAt: new Date(snapshot.compiledAt).toISOString(),
  figures: snapshot.figures,
})
