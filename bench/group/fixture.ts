/**
 * A group for the tree's bench rows (issue 21): 50,000 members in 2,000
 * branches over 3 levels — 集团党委, 20 二级党委 of 100 branches each, 25
 * members a branch — and a points history of a given size whose entries and
 * member totals carry the members' unit paths, as grants write them. Written
 * through the engine's bulk import.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import type { LedgerDoc, MemberTotalsDoc } from '../../cloudfunctions/common/db/models/points'
import type { UnitDoc } from '../../cloudfunctions/common/db/models/units'
import { foldMemberTotals } from '../../cloudfunctions/common/points/totals'
import type { LocalDatabase } from '../../local/db'
import { ledgerEntry, random } from '../data/fixture'

export const COMMITTEES = 20
export const BRANCHES_PER_COMMITTEE = 100
export const MEMBERS_PER_BRANCH = 25
const BATCH = 20_000

/** The newest month of the history: mid-November 2026, Asia/Shanghai. */
export const NOW = new Date(Date.UTC(2026, 10, 20, 4))
const MONTH_MS = 30 * 24 * 3600 * 1000

export interface GroupFixture {
  members: number
  branches: number
  entries: number
  /** A leader without grants (the whole group) and a leader of the first 二级党委. */
  groupLeader: string
  committeeLeader: string
  committeeId: string
}

const unit = (_id: string, kind: UnitDoc['kind'], name: string, ancestors: string[], order: number): UnitDoc => ({
  _id,
  kind,
  name,
  parentId: ancestors[ancestors.length - 1] ?? null,
  ancestors,
  order,
  groups: [],
  createdAt: NOW,
})

const member = (index: number, branch: UnitDoc): MemberDoc => ({
  _id: `gm${index}`,
  name: `党员${index}`,
  phone: `139${String(index).padStart(8, '0')}`,
  branchId: branch._id,
  unitIds: [...branch.ancestors, branch._id],
  groupId: null,
  roles: ['member'],
  joinedOn: '2010-07-01',
  status: 'active',
  openid: `group-${index}`,
  boundAt: NOW,
  createdAt: NOW,
})

/** The tree and its members; member 0 leads the group, member 1 the first 二级党委. */
const tree = () => {
  const units: UnitDoc[] = [unit('gu', 'committee', '集团党委', [], 1)]
  const people: MemberDoc[] = []
  for (let c = 0; c < COMMITTEES; c++) {
    units.push(unit(`gc${c}`, 'committee', `第${c + 1}分公司党委`, ['gu'], c + 1))
    for (let b = 0; b < BRANCHES_PER_COMMITTEE; b++) {
      const branch = unit(`gb${c}-${b}`, 'branch', `第${b + 1}支部`, ['gu', `gc${c}`], b + 1)
      units.push(branch)
      for (let m = 0; m < MEMBERS_PER_BRANCH; m++) people.push(member(people.length, branch))
    }
  }
  people[0].roles = ['member', 'leader']
  people[1].roles = ['member', 'leader']
  people[1].grants = [{ role: 'leader', unitId: 'gc0' }]
  return { units, people }
}

/** Writes the entries over the months before NOW and folds the month, quarter and year totals. */
const writeHistory = async (db: LocalDatabase, people: MemberDoc[], entries: number) => {
  const next = random(entries)
  const totals = new Map<string, MemberTotalsDoc>()
  const span = Math.max(1, Math.round(entries / (people.length * 2))) * MONTH_MS
  for (let start = 0; start < entries; start += BATCH) {
    const batch: LedgerDoc[] = []
    for (let i = start; i < Math.min(entries, start + BATCH); i++) {
      const at = new Date(NOW.getTime() - Math.floor(next() * Math.min(span, 36 * MONTH_MS)))
      const person = people[Math.floor(next() * people.length)]
      // As a grant writes it: the member's unit path on the entry, and so on their totals.
      const item = { ...ledgerEntry(person, i, at, next), unitIds: person.unitIds }
      batch.push(item)
      for (const kind of ['month', 'quarter', 'year'] as const) {
        const id = `${item.memberId}:${item.periods[kind]}`
        totals.set(id, foldMemberTotals(totals.get(id) ?? null, kind, item.periods[kind], { ...item, entries: 1 }, at))
      }
    }
    await db.importDocuments(collections.pointsLedger.name, batch as never[])
  }
  await db.importDocuments(collections.pointsTotals.name, [...totals.values()] as never[])
}

export const buildGroupFixture = async (db: LocalDatabase, entries: number): Promise<GroupFixture> => {
  const { units, people } = tree()
  const branches = units.filter((item) => item.kind === 'branch')
  await db.importDocuments(collections.units.name, units as never[])
  await db.importDocuments(collections.members.name, people as never[])
  await writeHistory(db, people, entries)
  return {
    members: people.length,
    branches: branches.length,
    entries,
    groupLeader: people[0].openid as string,
    committeeLeader: people[1].openid as string,
    committeeId: 'gc0',
  }
}
