import { collections } from '../db/collections'
import type { Transaction } from '../db/database'
import type { BranchTotalsDoc, LedgerDoc, MemberTotalsDoc, TotalsKind } from '../db/models/points'
import { branchTotalsId, memberTotalsId, TOTALS_KINDS } from './periods'
import { readInTransaction, writeInTransaction } from './txRead'

/** What one ledger entry (or a group of them) adds to a totals document. */
export interface TotalsDelta {
  memberId: string
  branchId: string
  category: LedgerDoc['category']
  subtype: string | null
  points: number
  entries: number
}

export type MemberTotalsByKind = Record<TotalsKind, MemberTotalsDoc | null>

/**
 * Adds a delta to a member's totals for one period. The same fold serves the
 * grant's transaction and the reconcile recomputation, so both agree by construction.
 */
export const foldMemberTotals = (
  doc: MemberTotalsDoc | null,
  kind: TotalsKind,
  periodKey: string,
  delta: TotalsDelta,
  at: Date,
): MemberTotalsDoc => {
  const base: MemberTotalsDoc = doc ?? {
    _id: memberTotalsId(delta.memberId, periodKey),
    memberId: delta.memberId,
    branchId: delta.branchId,
    kind,
    periodKey,
    points: 0,
    byCategory: {},
    bySubtype: {},
    entries: 0,
    updatedAt: at,
  }
  const byCategory = { ...base.byCategory, [delta.category]: (base.byCategory[delta.category] ?? 0) + delta.points }
  const bySubtype = { ...base.bySubtype }
  if (delta.subtype) bySubtype[delta.subtype] = (bySubtype[delta.subtype] ?? 0) + delta.points
  return {
    ...base,
    branchId: delta.branchId,
    points: base.points + delta.points,
    byCategory,
    bySubtype,
    entries: base.entries + delta.entries,
    updatedAt: at,
  }
}

export const foldBranchTotals = (
  doc: BranchTotalsDoc | null,
  kind: BranchTotalsDoc['kind'],
  periodKey: string,
  delta: TotalsDelta,
  at: Date,
): BranchTotalsDoc => ({
  _id: branchTotalsId(delta.branchId, periodKey),
  branchId: delta.branchId,
  kind,
  periodKey,
  points: (doc?.points ?? 0) + delta.points,
  entries: (doc?.entries ?? 0) + delta.entries,
  updatedAt: at,
})

/** The member's totals documents for the entry's periods, read inside the transaction (caps depend on them). */
export const readMemberTotals = async (
  tx: Transaction,
  memberId: string,
  periods: LedgerDoc['periods'],
): Promise<MemberTotalsByKind> => {
  const read = (kind: TotalsKind) =>
    readInTransaction<MemberTotalsDoc>(tx, collections.pointsTotals.name, memberTotalsId(memberId, periods[kind]))
  const [day, month, quarter, year] = await Promise.all(TOTALS_KINDS.map(read))
  return { day, month, quarter, year }
}

/** Adds a new ledger entry to the member's and the branch's totals, in the entry's transaction. */
export const addEntryToTotals = async (
  tx: Transaction,
  entry: LedgerDoc,
  memberTotals: MemberTotalsByKind,
  at: Date,
): Promise<void> => {
  const delta: TotalsDelta = {
    memberId: entry.memberId,
    branchId: entry.branchId,
    category: entry.category,
    subtype: entry.subtype,
    points: entry.points,
    entries: 1,
  }
  // Independent reads and writes go out together: the transaction holds its
  // lock for fewer event-loop round trips, which is what a check-in burst waits on.
  const branchKinds = ['month', 'quarter', 'year'] as const
  const branchIds = branchKinds.map((kind) => branchTotalsId(entry.branchId, entry.periods[kind]))
  const branchTotals = await Promise.all(
    branchIds.map((id) => readInTransaction<BranchTotalsDoc>(tx, collections.pointsBranchTotals.name, id)),
  )
  await Promise.all([
    ...TOTALS_KINDS.map((kind) =>
      writeInTransaction(
        tx,
        collections.pointsTotals.name,
        foldMemberTotals(memberTotals[kind], kind, entry.periods[kind], delta, at),
      ),
    ),
    ...branchKinds.map((kind, index) =>
      writeInTransaction(
        tx,
        collections.pointsBranchTotals.name,
        foldBranchTotals(branchTotals[index], kind, entry.periods[kind], delta, at),
      ),
    ),
  ])
}
