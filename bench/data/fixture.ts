/**
 * A ledger history of a given size for the cost-against-data benchmarks.
 *
 * The organisation has branches of 50 members. The ledger grows the way a real
 * one does: each member earns about ENTRIES_PER_MEMBER_MONTH entries a month
 * (attendance, 签阅, studies, reflections: the caps keep it in that range), so
 * a bigger ledger is a longer history — 10k entries for 1,000 members is one
 * month, 1M is a hundred. Every month also has one held 主题党日 per branch
 * with its check-ins. The totals documents rankings read are folded from the
 * generated entries with the same fold the grants use (day totals, which only
 * caps read, are left out). Everything is written through the engine's bulk
 * import in large SQLite transactions, not one SDK request at a time.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { EventDoc, CheckinDoc } from '../../cloudfunctions/common/db/models/events'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { unitUnder, type BranchUnitDoc } from '../../cloudfunctions/common/db/models/units'
import { entryPeriods, type LedgerDoc, type MemberTotalsDoc } from '../../cloudfunctions/common/db/models/points'
import { foldMemberTotals, type TotalsDelta } from '../../cloudfunctions/common/points/totals'
import type { LocalDatabase } from '../../local/db'

export const MEMBERS_PER_BRANCH = 50
export const ENTRIES_PER_MEMBER_MONTH = 10
const BATCH = 20_000
const CATEGORIES = ['attendance', 'notice_ack', 'study', 'reflection', 'manual'] as const

export interface LedgerFixture {
  members: number
  entries: number
  months: number
  branchIds: string[]
  /** A member of the first branch who is also a leader (rankings are asked as them). */
  leaderOpenid: string
  /** The month, quarter and year keys of the newest month (what rankings and statistics are asked for). */
  month: string
  /** The first branch (its statistics are compiled). */
  branch: BranchUnitDoc
  now: Date
}

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same history. */
export const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const DAY = 24 * 3600 * 1000
/** The newest month of every fixture: mid-November 2026, Asia/Shanghai (UTC+8). */
const NOW = new Date(Date.UTC(2026, 10, 20, 4))

/** The UTC start of the month `back` months before NOW's month (Shanghai calendar). */
const monthStart = (back: number): Date => new Date(Date.UTC(2026, 10 - back, 1) - 8 * 3600 * 1000)

const organisation = (members: number, now: Date) => {
  const branches: BranchUnitDoc[] = []
  const people: MemberDoc[] = []
  for (let b = 0; b < members / MEMBERS_PER_BRANCH; b++) {
    branches.push(unitUnder(null, { _id: `lb${b}`, kind: 'branch', name: `第${b + 1}支部`, order: b + 1 }, now))
    for (let m = 0; m < MEMBERS_PER_BRANCH; m++) {
      const index = b * MEMBERS_PER_BRANCH + m
      people.push({
        _id: `lm${index}`,
        name: `党员${index}`,
        phone: `138${String(index).padStart(8, '0')}`,
        branchId: `lb${b}`,
        unitIds: [`lb${b}`],
        groupId: null,
        roles: index === 0 ? ['member', 'leader'] : m === 0 ? ['member', 'committee', 'secretary'] : ['member'],
        joinedOn: '2012-07-01',
        status: 'active',
        openid: `ledger-${index}`,
        boundAt: now,
        createdAt: now,
      })
    }
  }
  return { branches, people }
}

const heldThemeDay = (branch: BranchUnitDoc, memberIds: string[], start: Date, now: Date): EventDoc => ({
  _id: `le-${branch._id}-${start.getTime()}`,
  branchId: branch._id,
  groupId: null,
  type: 'theme_day',
  title: '主题党日',
  agenda: '',
  venue: { name: '党员活动室', latitude: null, longitude: null, radius: 200 },
  start,
  end: new Date(start.getTime() + 2 * 3600 * 1000),
  checkinOpensAt: new Date(start.getTime() - 1800 * 1000),
  lateAfter: new Date(start.getTime() + 600 * 1000),
  method: 'code',
  expectedMemberIds: memberIds,
  expectedCount: memberIds.length,
  status: 'held',
  secret: '00',
  minutes: null,
  createdBy: memberIds[0],
  createdAt: now,
  updatedAt: now,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
})

/** The month's theme days and their check-ins (nine in ten members attend). */
const eventsOfMonth = (branches: BranchUnitDoc[], people: MemberDoc[], back: number, now: Date, next: () => number) => {
  const events: EventDoc[] = []
  const checkins: CheckinDoc[] = []
  for (const branch of branches) {
    const memberIds = people.filter((p) => p.branchId === branch._id).map((p) => p._id)
    const event = heldThemeDay(branch, memberIds, new Date(monthStart(back).getTime() + 9 * DAY + 6 * 3600 * 1000), now)
    events.push(event)
    for (const memberId of memberIds)
      if (next() < 0.9)
        checkins.push({
          _id: `${event._id}:${memberId}`,
          eventId: event._id,
          branchId: branch._id,
          memberId,
          at: event.start,
          late: false,
          method: 'code',
          distance: null,
          accuracy: null,
          makeup: null,
        })
  }
  return { events, checkins }
}

/** Folds entries into member totals (month, quarter, year), as grants do. */
class TotalsFold {
  readonly members = new Map<string, MemberTotalsDoc>()

  add(entry: LedgerDoc): void {
    const delta: TotalsDelta = { ...entry, entries: 1 }
    for (const kind of ['month', 'quarter', 'year'] as const) {
      const key = entry.periods[kind]
      const memberId = `${entry.memberId}:${key}`
      this.members.set(
        memberId,
        foldMemberTotals(this.members.get(memberId) ?? null, kind, key, delta, entry.createdAt),
      )
    }
  }
}

export const ledgerEntry = (member: MemberDoc, index: number, at: Date, next: () => number): LedgerDoc => {
  const category = CATEGORIES[Math.floor(next() * CATEGORIES.length)]
  const points = 1 + Math.floor(next() * 5)
  return {
    _id: `bench:${category}:${index}`,
    memberId: member._id,
    branchId: member.branchId,
    category,
    subtype: category === 'attendance' ? 'theme_day' : null,
    points,
    requestedPoints: points,
    reason: '积分记录',
    capMessage: null,
    source: null,
    ruleVersion: 1,
    status: 'granted',
    periods: entryPeriods(at),
    reversalOf: null,
    createdBy: 'system',
    createdAt: at,
  }
}

/** Writes the organisation, the history and its totals; resolves once all of it is durable. */
export const buildLedgerFixture = async (
  db: LocalDatabase,
  members: number,
  entries: number,
  log: (line: string) => void = () => undefined,
): Promise<LedgerFixture> => {
  const months = Math.max(1, Math.round(entries / (members * ENTRIES_PER_MEMBER_MONTH)))
  const { branches, people } = organisation(members, NOW)
  await db.importDocuments(collections.units.name, branches as never[])
  await db.importDocuments(collections.members.name, people as never[])
  const fold = new TotalsFold()
  let written = 0
  for (let back = months - 1; back >= 0; back--) {
    // One generator per month, seeded by its distance from now: every history of the same organisation ends with
    // the very same newest month, so its rankings and statistics can be compared across ledger sizes.
    const next = random(members * 1000 + back)
    const from = monthStart(back).getTime()
    const span = (back === 0 ? NOW.getTime() : monthStart(back - 1).getTime()) - from
    const inMonth = Math.round((entries - written) / (back + 1))
    for (let start = 0; start < inMonth; start += BATCH) {
      const batch: LedgerDoc[] = []
      for (let i = start; i < Math.min(inMonth, start + BATCH); i++) {
        const entry = ledgerEntry(
          people[Math.floor(next() * people.length)],
          written + i,
          new Date(from + Math.floor(next() * span)),
          next,
        )
        fold.add(entry)
        batch.push(entry)
      }
      await db.importDocuments(collections.pointsLedger.name, batch as never[])
    }
    written += inMonth
    const { events, checkins } = eventsOfMonth(branches, people, back, NOW, next)
    await db.importDocuments(collections.events.name, events as never[])
    await db.importDocuments(collections.checkins.name, checkins as never[])
  }
  await db.importDocuments(collections.pointsTotals.name, [...fold.members.values()] as never[])
  log(`ledger fixture: ${members} members, ${written} entries over ${months} months`)
  return {
    members,
    entries: written,
    months,
    branchIds: branches.map((b) => b._id),
    leaderOpenid: people[0].openid as string,
    month: entryPeriods(NOW).month,
    branch: branches[0],
    now: NOW,
  }
}
