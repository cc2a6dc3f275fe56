import type { BranchSheet, DuesBranchFigures } from '../common/contract/dues'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import { listBranchDocs } from '../common/db/members'
import { duesBranchMonthId, type DuesBranchMonthDoc } from '../common/db/models/dues'
import type { BranchUnitDoc } from '../common/db/models/units'
import { ARREARS_FLAG_MONTHS } from '../common/contract/duesLabels'
import { branchMonth } from './sheet'

/**
 * Compiled branch-months, like the statistics snapshots: `_id`
 * `<branchId>:<month>`, replaced whole on each compile, read O(branches) for
 * the organisation's figures (and summed up the tree by numerators and
 * denominators: dueCount, paidCount, dueFen, paidFen).
 */

export const figuresOf = (doc: DuesBranchMonthDoc): DuesBranchFigures => ({
  branchId: doc.branchId,
  branchName: doc.branchName,
  month: doc.month,
  members: doc.members,
  dueCount: doc.dueCount,
  dueFen: doc.dueFen,
  paidCount: doc.paidCount,
  paidFen: doc.paidFen,
  rate: doc.dueCount ? doc.paidCount / doc.dueCount : null,
  unpaidNames: doc.unpaidNames,
  flaggedNames: doc.flaggedNames,
  compiledAt: doc.compiledAt.toISOString(),
})

/** Stores a branch-month sheet as its compiled figures. */
export const saveBranchMonth = async (db: Database, sheet: BranchSheet, now: Date): Promise<DuesBranchMonthDoc> => {
  const doc: DuesBranchMonthDoc = {
    _id: duesBranchMonthId(sheet.branchId, sheet.month),
    branchId: sheet.branchId,
    branchName: sheet.branchName,
    month: sheet.month,
    ...sheet.totals,
    noBaseCount: sheet.rows.filter((row) => row.month.state === 'no_base').length,
    unpaidNames: sheet.rows.filter((row) => row.month.state === 'due').map((row) => row.name),
    flaggedNames: sheet.rows.filter((row) => row.arrearsMonths >= ARREARS_FLAG_MONTHS).map((row) => row.name),
    compiledAt: now,
  }
  const { _id, ...fields } = doc
  await db.collection(collections.duesBranchMonths.name).doc(_id).set({ data: fields })
  return doc
}

export const compileBranchMonth = async (db: Database, branch: BranchUnitDoc, month: string, now: Date) =>
  saveBranchMonth(db, await branchMonth(db, branch, month, now), now)

/** Every branch's month, a few branches at a time. */
/** Compiles the month of every branch (the timer) or of those `within` admits (a leader's own subtree). */
export const compileAllBranches = async (
  db: Database,
  month: string,
  now: Date,
  within: (branch: BranchUnitDoc) => boolean = () => true,
): Promise<DuesBranchMonthDoc[]> => {
  const branches = (await listBranchDocs(db)).filter(within)
  const compiled: DuesBranchMonthDoc[] = []
  for (let index = 0; index < branches.length; index += 4)
    compiled.push(
      ...(await Promise.all(
        branches.slice(index, index + 4).map((branch) => compileBranchMonth(db, branch, month, now)),
      )),
    )
  return compiled
}

/** The compiled figures of a month, one document per branch. */
export const readBranchMonths = async (db: Database, month: string): Promise<DuesBranchMonthDoc[]> => {
  const { data } = await db
    .collection<DuesBranchMonthDoc>(collections.duesBranchMonths.name)
    .where({ month })
    .limit(1000)
    .get()
  return data
}
