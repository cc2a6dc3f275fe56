import { collections } from '../../../common/db/collections'
import type { Database } from '../../../common/db/database'
import type { PeriodRef } from '../../periods'
import { aggregateOps, ROW_LIMIT } from './shared'

export interface MemberPointsRow {
  _id: string
  points: number
  entries: number
}

/**
 * The ledger is the source of truth: entries count in the periods stored on
 * them (a reversal in its original entry's periods), so the sums match the
 * members' totals by construction.
 */
const branchEntries = (db: Database, branchId: string, period: PeriodRef) =>
  db
    .collection(collections.pointsLedger.name)
    .aggregate()
    .match({ branchId, 'periods.month': db.command.in(monthsOf(period)) })

/**
 * The month keys a period covers. An entry's quarter and year are those of its
 * month, so matching on the months selects exactly the period's entries, and
 * the one index (branchId, periods.month) reads only them, whatever the
 * ledger's history.
 */
export const monthsOf = (period: Pick<PeriodRef, 'kind' | 'key'>): string[] => {
  const year = period.key.slice(0, 4)
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`
  if (period.kind === 'month') return [period.key]
  if (period.kind === 'quarter') {
    const first = (Number(period.key.slice(6)) - 1) * 3 + 1
    return [first, first + 1, first + 2].map(month)
  }
  return Array.from({ length: 12 }, (_, index) => month(index + 1))
}

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
