import { collections } from '../../../common/db/collections'
import type { Database } from '../../../common/db/database'
import { monthsOf, type PeriodRef } from '../../../common/periods'
import { aggregateOps, ROW_LIMIT } from './shared'

export interface MemberPointsRow {
  _id: string
  points: number
  entries: number
}

/**
 * The ledger is the source of truth: entries count in the periods stored on
 * them (a reversal in its original entry's periods), so the sums match the
 * members' totals by construction. An entry's quarter and year are those of
 * its month, so matching on the period's months selects exactly its entries,
 * and the one index (branchId, periods.month) reads only them, whatever the
 * ledger's history.
 */
const branchEntries = (db: Database, branchId: string, period: PeriodRef) =>
  db
    .collection(collections.pointsLedger.name)
    .aggregate()
    .match({ branchId, 'periods.month': db.command.in(monthsOf(period)) })

/** Points and entries per member of the branch in the period. */
export const pointsByMember = async (db: Database, branchId: string, period: PeriodRef): Promise<MemberPointsRow[]> => {
  const $ = aggregateOps(db)
  const { list } = await branchEntries(db, branchId, period)
    .group({ _id: '$memberId', points: $.sum('$points'), entries: $.sum(1) })
    .limit(ROW_LIMIT)
    .end()
  return list as unknown as MemberPointsRow[]
}

/** The branch's points per month of the period, for the trend line. */
export const pointsByMonth = async (
  db: Database,
  branchId: string,
  period: PeriodRef,
): Promise<{ month: string; points: number }[]> => {
  const $ = aggregateOps(db)
  const { list } = await branchEntries(db, branchId, period)
    .group({ _id: '$periods.month', points: $.sum('$points') })
    .sort({ _id: 1 })
    .limit(ROW_LIMIT)
    .end()
  return (list as unknown as { _id: string; points: number }[]).map((row) => ({ month: row._id, points: row.points }))
}
