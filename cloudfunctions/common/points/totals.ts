import { collections } from '../db/collections'
import type { Transaction } from '../db/database'
import {
  memberTotalsId,
  TOTALS_KINDS,
  type LedgerDoc,
  type MemberTotalsDoc,
  type TotalsKind,
} from '../db/models/points'
import { readInTransaction, writeInTransaction } from './txRead'

/** What one ledger entry (or a group of them) adds to a totals document. */
export interface TotalsDelta {
  memberId: string
  branchId: string
  category: LedgerDoc['category']
  subtype: string | null
  points: number
  entries: number
  /** The member's unit path at the entry, when it names one. */
  unitIds?: string[]
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
    ...(delta.unitIds ? { unitIds: delta.unitIds } : {}),
    branchId: delta.branchId,
    points: base.points + delta.points,
    byCategory,
    bySubtype,
    entries: base.entries + delta.entries,
    updatedAt: at,
  }
}

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

/**
 * Writes a new ledger entry and its member's four totals documents, all in one
 * round trip of the entry's transaction. Nothing shared by many members is
 * written here: branch figures are summed from the member totals when read
 * (points/usecases/rankBranches.ts), so members of one branch earning points
 * at the same moment never touch the same document.
 */
export const recordEntry = async (
  tx: Transaction,
  entry: LedgerDoc,
  memberTotals: MemberTotalsByKind,
): Promise<void> => {
  const folded = foldEntry(memberTotals, entry)
  await Promise.all([
    tx.collection(collections.pointsLedger.name).add({ data: entry }),
    ...TOTALS_KINDS.map((kind) => writeInTransaction(tx, collections.pointsTotals.name, folded[kind])),
  ])
}

/** The member's four totals documents with one new entry folded in. */
export const foldEntry = (memberTotals: MemberTotalsByKind, entry: LedgerDoc): Record<TotalsKind, MemberTotalsDoc> => {
  const delta: TotalsDelta = {
    memberId: entry.memberId,
    branchId: entry.branchId,
    category: entry.category,
    subtype: entry.subtype,
    points: entry.points,
    entries: 1,
    ...(entry.unitIds ? { unitIds: entry.unitIds } : {}),
  }
  const fold = (kind: TotalsKind) =>
    foldMemberTotals(memberTotals[kind], kind, entry.periods[kind], delta, entry.createdAt)
  return { day: fold('day'), month: fold('month'), quarter: fold('quarter'), year: fold('year') }
}
