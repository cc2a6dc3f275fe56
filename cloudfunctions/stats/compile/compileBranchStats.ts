import type { Database } from '../../common/db/database'
import type { BranchUnitDoc } from '../../common/db/models/units'
import { snapshotId, type StatsSnapshotDoc } from '../../common/db/models/stats'
import { buildDetail, buildFigures, type Sources } from './figures'
import { memberAttendance } from './sources/attendance'
import { duesTotals } from './sources/dues'
import { eventRows } from './sources/events'
import { activeMembers } from './sources/members'
import { noticeTotals } from './sources/notices'
import { pointsByMember, pointsByMonth } from './sources/points'
import type { PeriodRef } from '../../common/periods'
import { saveSnapshot } from '../snapshots'

const gatherSources = async (db: Database, branch: BranchUnitDoc, period: PeriodRef, now: Date): Promise<Sources> => {
  const [members, events, attendance, memberPoints, monthPoints, dues] = await Promise.all([
    activeMembers(db, branch._id),
    eventRows(db, branch._id, period, now),
    memberAttendance(db, branch._id, period, now),
    pointsByMember(db, branch._id, period),
    pointsByMonth(db, branch._id, period),
    duesTotals(db, branch._id, period),
  ])
  const notices = await noticeTotals(db, branch._id, period, members.length)
  return { branch, members, events, attendance, notices, memberPoints, monthPoints, dues }
}

/**
 * Compiles one branch's statistics for one period and stores the snapshot.
 * Six aggregate requests, one read of the compiled 党费 months and one
 * write, whatever the amount of data: the database does the counting (see
 * compile/sources).
 */
export const compileBranchStats = async (
  db: Database,
  branch: BranchUnitDoc,
  period: PeriodRef,
  now: Date,
): Promise<StatsSnapshotDoc> => {
  const sources = await gatherSources(db, branch, period, now)
  const snapshot: StatsSnapshotDoc = {
    _id: snapshotId(branch._id, period.key),
    branchId: branch._id,
    branchName: branch.name,
    kind: period.kind,
    periodKey: period.key,
    start: period.start,
    end: period.end,
    compiledAt: now,
    figures: buildFigures(sources, period, now),
    detail: buildDetail(sources),
  }
  await saveSnapshot(db, snapshot)
  return snapshot
}
