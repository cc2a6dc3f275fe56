import type { DuesTotals } from '../../../common/contract/stats'
import { collections } from '../../../common/db/collections'
import type { Database } from '../../../common/db/database'
import type { DuesBranchMonthDoc } from '../../../common/db/models/dues'
import { monthsOf, type PeriodRef } from '../../../common/periods'
import { ratio } from '../compliance'
import { ROW_LIMIT } from './shared'

/** No compiled month yet (or a snapshot compiled before dues joined the statistics). */
export const NO_DUES: DuesTotals = { collection: ratio(0, 0), dueFen: 0, paidFen: 0, flagged: 0 }

type MonthFigures = Pick<DuesBranchMonthDoc, 'month' | 'dueCount' | 'paidCount' | 'dueFen' | 'paidFen' | 'flaggedNames'>

/** Member-months owed and paid over the months, summed; the flagged of the last month that has figures. */
export const duesTotalsOf = (months: readonly MonthFigures[]): DuesTotals => {
  if (!months.length) return NO_DUES
  const last = months.reduce((latest, doc) => (doc.month > latest.month ? doc : latest))
  const sum = (pick: (doc: MonthFigures) => number) => months.reduce((total, doc) => total + pick(doc), 0)
  return {
    collection: ratio(
      sum((doc) => doc.paidCount),
      sum((doc) => doc.dueCount),
    ),
    dueFen: sum((doc) => doc.dueFen),
    paidFen: sum((doc) => doc.paidFen),
    flagged: last.flaggedNames.length,
  }
}

/**
 * The branch's 党费 over the period from the dues function's compiled
 * branch-months (`duesBranchMonths`, at most 12 per period): one request.
 */
export const duesTotals = async (db: Database, branchId: string, period: PeriodRef): Promise<DuesTotals> => {
  const { data } = await db
    .collection<DuesBranchMonthDoc>(collections.duesBranchMonths.name)
    .where({ branchId, month: db.command.in(monthsOf(period)) })
    .field({ month: true, dueCount: true, paidCount: true, dueFen: true, paidFen: true, flaggedNames: true })
    .limit(ROW_LIMIT)
    .get()
  return duesTotalsOf(data)
}
