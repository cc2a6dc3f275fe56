import type { BranchStatsRow } from '../common/contract/stats'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { StatsSnapshotDoc, UnitSnapshotDoc } from '../common/db/models/stats'

export const snapshotsOf = (db: Database) => db.collection<StatsSnapshotDoc>(collections.statsSnapshots.name)

/** Replaces the snapshot whole: a recompile never leaves figures of two compiles mixed. */
export const saveSnapshot = async (db: Database, snapshot: StatsSnapshotDoc): Promise<void> => {
  const { _id, ...fields } = snapshot
  await snapshotsOf(db).doc(_id).set({ data: fields })
}

export const saveUnitSnapshot = async (db: Database, snapshot: UnitSnapshotDoc): Promise<void> => {
  const { _id, ...fields } = snapshot
  await db.collection<UnitSnapshotDoc>(collections.unitSnapshots.name).doc(_id).set({ data: fields })
}

const IN_CHUNK = 500

/** Snapshots (of branches or of units) by id, without a branch's drill-down: one request per 500 ids. */
export const snapshotsByIds = async <T extends { _id: string }>(
  db: Database,
  collection: string,
  ids: readonly string[],
): Promise<T[]> => {
  const chunks = Array.from({ length: Math.ceil(ids.length / IN_CHUNK) }, (_, index) =>
    ids.slice(index * IN_CHUNK, (index + 1) * IN_CHUNK),
  )
  const pages = await Promise.all(
    chunks.map((chunk) =>
      db
        .collection<T>(collection)
        .where({ _id: db.command.in(chunk) })
        .field({ detail: false })
        .limit(IN_CHUNK)
        .get(),
    ),
  )
  return pages.flatMap((page) => page.data)
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
