import type { ReconcileReport } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { TOTALS_KINDS, type EntryPeriods, type LedgerDoc, type MemberTotalsDoc } from '../../common/db/models/points'
import { foldMemberTotals, type TotalsDelta } from '../../common/points/totals'

const PAGE = 1000
const SAMPLES = 20

interface Group {
  _id: {
    memberId: string
    branchId: string
    category: LedgerDoc['category']
    subtype: string | null
    periods: EntryPeriods
    unitIds?: string[] | null
  }
  points: number
  entries: number
}

/** The ledger summed per member, branch, category, event type and day (a day fixes its month, quarter and year). */
const ledgerGroups = async (db: Database): Promise<Group[]> => {
  const $ = (db.command as unknown as { aggregate: { sum: (value: unknown) => unknown } }).aggregate
  const { list } = await db
    .collection(collections.pointsLedger.name)
    .aggregate()
    .group({
      _id: {
        memberId: '$memberId',
        branchId: '$branchId',
        category: '$category',
        subtype: '$subtype',
        periods: '$periods',
        unitIds: '$unitIds',
      },
      points: $.sum('$points'),
      entries: $.sum(1),
    })
    .limit(1_000_000)
    .end()
  return list as unknown as Group[]
}

/** Every totals document as the ledger says it should be, built with the same fold the grants use. */
const expectedTotals = (groups: Group[], at: Date) => {
  const members = new Map<string, MemberTotalsDoc>()
  for (const group of groups) {
    const delta: TotalsDelta = {
      ...group._id,
      subtype: group._id.subtype ?? null,
      unitIds: group._id.unitIds ?? undefined,
      points: group.points,
      entries: group.entries,
    }
    for (const kind of TOTALS_KINDS) {
      const folded = foldMemberTotals(
        members.get(`${delta.memberId}:${group._id.periods[kind]}`) ?? null,
        kind,
        group._id.periods[kind],
        delta,
        at,
      )
      members.set(folded._id, folded)
    }
  }
  return members
}

/** All stored documents of a totals collection, paged by _id (each page is one indexed range read). */
const storedDocs = async <T extends { _id: string }>(db: Database, collection: string): Promise<Map<string, T>> => {
  const docs = new Map<string, T>()
  let after = ''
  for (;;) {
    const { data } = await db
      .collection<T>(collection)
      .where({ _id: db.command.gt(after) })
      .orderBy('_id', 'asc')
      .limit(PAGE)
      .get()
    for (const doc of data) docs.set(doc._id, doc)
    if (data.length < PAGE) return docs
    after = data[data.length - 1]._id
  }
}

const nonZero = (sums: Record<string, number> | undefined) =>
  JSON.stringify(
    Object.entries(sums ?? {})
      .filter(([, value]) => value !== 0)
      .sort(([a], [b]) => a.localeCompare(b)),
  )

/** What a member's totals document says, a missing one counting as zero. */
const sums = (doc: MemberTotalsDoc | undefined) =>
  doc
    ? [doc.points, doc.entries, nonZero(doc.byCategory), nonZero(doc.bySubtype)].join('|')
    : [0, 0, nonZero(undefined), nonZero(undefined)].join('|')

const memberDrifts = (stored: MemberTotalsDoc | undefined, expected: MemberTotalsDoc | undefined) =>
  sums(stored) !== sums(expected)

/** Ids where stored and expected disagree (either side may be missing). */
const compare = <T extends { _id: string; points: number }>(
  stored: Map<string, T>,
  expected: Map<string, T>,
  drifts: (s: T | undefined, e: T | undefined) => boolean,
) =>
  [...new Set([...stored.keys(), ...expected.keys()])]
    .filter((id) => drifts(stored.get(id), expected.get(id)))
    .map((id) => ({ id, stored: stored.get(id)?.points ?? 0, expected: expected.get(id)?.points ?? 0 }))

const repair = async <T extends { _id: string }>(
  db: Database,
  collection: string,
  ids: string[],
  expected: Map<string, T>,
) => {
  for (const id of ids) {
    const doc = expected.get(id)
    if (!doc) await db.collection(collection).doc(id).remove()
    else {
      const { _id, ...fields } = doc
      await db.collection(collection).doc(_id).set({ data: fields })
    }
  }
}

/**
 * Recomputes every total from the ledger and compares it with the running
 * totals. Reports drift; with `repair`, rewrites the drifted documents.
 */
export const reconcileTotals = async ({ db, now }: Context, input: { repair?: boolean }): Promise<ReconcileReport> => {
  const [groups, stored] = await Promise.all([
    ledgerGroups(db),
    storedDocs<MemberTotalsDoc>(db, collections.pointsTotals.name),
  ])
  const expected = expectedTotals(groups, now)
  const drift = compare(stored, expected, memberDrifts)
  if (input.repair)
    await repair(
      db,
      collections.pointsTotals.name,
      drift.map((item) => item.id),
      expected,
    )
  return {
    ledgerEntries: groups.reduce((sum, group) => sum + group.entries, 0),
    totalsChecked: new Set([...stored.keys(), ...expected.keys()]).size,
    drifted: drift.length,
    samples: drift.slice(0, SAMPLES),
    repaired: Boolean(input.repair) && drift.length > 0,
  }
}
