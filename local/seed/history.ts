import type { EventType } from '../../cloudfunctions/common/contract/eventTypes'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { CheckinDoc } from '../../cloudfunctions/common/db/models/events'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import type { NoticeAckDoc, NoticeDoc, NoticeReadDoc } from '../../cloudfunctions/common/db/models/notices'
import {
  entryPeriods,
  memberTotalsId,
  TOTALS_KINDS,
  type LedgerDoc,
  type MaterialDoc,
  type MemberTotalsDoc,
  type RulesDoc,
  type StudySessionDoc,
} from '../../cloudfunctions/common/db/models/points'
import { decideGrant, type Grant } from '../../cloudfunctions/common/points/grantPoints'
import { currentRules } from '../../cloudfunctions/common/points/rules'
import { foldEntry } from '../../cloudfunctions/common/points/totals'
import { receiptId } from '../../cloudfunctions/common/notices/ids'
import { attendanceGrant } from '../../cloudfunctions/events/attendancePoints'
import { createEvent } from '../../cloudfunctions/events/usecases/createEvent'
import { ackGrant } from '../../cloudfunctions/notices/usecases/acknowledgeNotice'
import { studyGrant } from '../../cloudfunctions/points/materials'
import { as, codeCheckin, plan, venueOf } from './events'
import { notice, versionOf } from './notices'
import { article } from './points'

/**
 * The months before this one, so month, quarter and year figures differ: per
 * branch and month a 支委会, a 主题党日 and each group's 党小组会 (a 党课 and a
 * 支部党员大会 once a quarter), made by `createEvent` at the time they were
 * planned; check-ins as the check-in writes them; a monthly study material and
 * a monthly notice to 签阅, read and studied by some. The branches differ, and
 * 第四支部 is behind (meetings skipped, fewer members present, studying, reading).
 * Points go through the grant's own decision (`decideGrant`: caps, ledger
 * entry) and fold (`foldEntry`), but are written in bulk: the demo seeds on
 * every start and in every browser suite, so it must stay quick.
 * Deterministic for a given `now` (a seeded pseudo-random sequence).
 */
export const HISTORY_MONTHS = 10
const MINUTE = 60_000

interface Profile {
  /** Chance a bound member comes to a meeting, studies the month's material, reads the month's notice. */
  attend: number
  study: number
  read: number
  /** Months back in which the branch did not hold a type of meeting. */
  skipped: Partial<Record<EventType, number[]>>
}

const PROFILES: Record<string, Profile> = {
  b1: { attend: 0.93, study: 0.8, read: 0.95, skipped: {} },
  b2: { attend: 0.85, study: 0.6, read: 0.85, skipped: { group_meeting: [7] } },
  b3: { attend: 0.8, study: 0.45, read: 0.75, skipped: { group_meeting: [3, 6, 9], committee_meeting: [5] } },
  b4: {
    attend: 0.6,
    study: 0.2,
    read: 0.5,
    skipped: {
      theme_day: [2, 5, 8],
      committee_meeting: [1, 3, 6, 9],
      group_meeting: [1, 2, 4, 5, 7, 8, 10],
      party_lecture: [4],
    },
  },
  // The rest of the group (npm run dev, browser suites): each its own, none as far behind as 第四支部.
  b5: { attend: 0.88, study: 0.7, read: 0.9, skipped: { party_lecture: [7] } },
  b6: { attend: 0.76, study: 0.5, read: 0.7, skipped: { group_meeting: [2, 8], theme_day: [6] } },
  b7: { attend: 0.82, study: 0.55, read: 0.8, skipped: { committee_meeting: [4, 8] } },
  b8: { attend: 0.9, study: 0.65, read: 0.88, skipped: { group_meeting: [5] } },
  b9: { attend: 0.95, study: 0.85, read: 0.97, skipped: {} },
  b10: { attend: 0.7, study: 0.4, read: 0.65, skipped: { group_meeting: [1, 4, 7, 10] } },
}

/** mulberry32: the same sequence on every machine. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const SHANGHAI_OFFSET_HOURS = 8

/**
 * Day `day` of the month `back` months before now's, at `time`, Asia/Shanghai
 * (UTC+8 all year: plain arithmetic, as dayjs's tz() per call was most of the seed's time).
 */
const dayOf = (now: Date, back: number, day: number, time: string): Date => {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_HOURS * 3600_000)
  const [hours, minutes] = time.split(':').map(Number)
  return new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - back, day, hours - SHANGHAI_OFFSET_HOURS, minutes),
  )
}

/** The calendar month (1–12) `back` months before now's. */
const monthOf = (now: Date, back: number) => new Date(dayOf(now, back, 15, '12:00')).getUTCMonth() + 1

interface Meeting {
  type: EventType
  title: string
  day: number
  time: string
  minutes: number
  group?: 1 | 2
}

/** What a branch meets for in a month (1-based calendar month): quarterly meetings in the quarter's last two months. */
const meetingsOf = (month: number): Meeting[] => [
  { type: 'committee_meeting', title: `${month}月支委会`, day: 5, time: '16:00', minutes: 60 },
  { type: 'theme_day', title: `${month}月主题党日：学思践悟强党性`, day: 12, time: '14:30', minutes: 120 },
  { type: 'group_meeting', title: `第一党小组${month}月学习会`, day: 19, time: '12:30', minutes: 60, group: 1 },
  { type: 'group_meeting', title: `第二党小组${month}月学习会`, day: 20, time: '12:30', minutes: 60, group: 2 },
  ...(month % 3 === 2
    ? [
        {
          type: 'party_lecture' as const,
          title: `第${Math.ceil(month / 3)}季度专题党课`,
          day: 24,
          time: '15:00',
          minutes: 90,
        },
      ]
    : []),
  ...(month % 3 === 0
    ? [
        {
          type: 'general_meeting' as const,
          title: `第${month / 3}季度支部党员大会`,
          day: 25,
          time: '15:00',
          minutes: 90,
        },
      ]
    : []),
]

/** Ledger entries and member totals built in memory with the grant's own decision and fold, written at the end. */
class Ledger {
  readonly entries: LedgerDoc[] = []
  private readonly totals = new Map<string, MemberTotalsDoc>()

  constructor(
    private readonly rules: RulesDoc,
    private readonly members: Map<string, MemberDoc>,
  ) {}

  grant(grant: Grant, at: Date): void {
    const periods = entryPeriods(at)
    const [day, month, quarter, year] = TOTALS_KINDS.map(
      (kind) => this.totals.get(memberTotalsId(grant.memberId, periods[kind])) ?? null,
    )
    const member = this.members.get(grant.memberId) ?? null
    const { write } = decideGrant(grant, member, this.rules, { day, month, quarter, year }, at)
    if (!write) return
    this.entries.push(write.entry)
    for (const doc of Object.values(foldEntry(write.memberTotals, write.entry))) this.totals.set(doc._id, doc)
  }

  totalsDocs(): MemberTotalsDoc[] {
    return [...this.totals.values()]
  }
}

const addAll = async (db: Database, collection: string, docs: object[]) => {
  for (let start = 0; start < docs.length; start += 500)
    await db.collection(collection).add({ data: docs.slice(start, start + 500) })
}

/** Everything the history writes, gathered in memory and added in bulk at the end. */
interface Records {
  ledger: Ledger
  next: () => number
  checkins: CheckinDoc[]
  reads: NoticeReadDoc[]
  acks: NoticeAckDoc[]
  sessions: StudySessionDoc[]
  materials: MaterialDoc[]
  notices: NoticeDoc[]
}

const historyMaterial = (now: Date, back: number) => {
  const month = monthOf(now, back)
  return article(
    `mat-history-${back}`,
    `${month}月学习：党的创新理论学习要点`,
    `## ${month}月学习要点\n\n围绕党的创新理论，结合本职工作，学习领会其中的立场、观点、方法。\n\n**学习提示**：学后可提交心得体会。`,
    300,
    null,
    'm005',
    dayOf(now, back, 1, '09:00'),
  )
}

const historyNotice = (now: Date, back: number, members: MemberDoc[], branchIds: string[]): NoticeDoc => {
  const month = monthOf(now, back)
  return {
    ...notice(
      {
        _id: `n-history-${back}`,
        title: `关于做好${month}月组织生活的通知`,
        body: `各党支部：\n请按计划召开${month}月支委会、主题党日和党小组会，按时完成学习任务。\n\n党委组织部`,
        pinned: false,
        scope: 'organisation',
        branchIds,
        publishedAt: dayOf(now, back, 2, '09:00'),
      },
      { _id: 'm004', name: members.find((member) => member._id === 'm004')?.name ?? '' },
    ),
    requiresAck: true,
  }
}

/** A branch's meetings of one month, created as its secretary would, with check-ins for those who came. */
const holdMeetings = async (db: Database, records: Records, now: Date, back: number, branch: MemberDoc[]) => {
  const branchId = branch[0].branchId
  const profile = PROFILES[branchId]
  for (const meeting of meetingsOf(monthOf(now, back))) {
    if (profile.skipped[meeting.type]?.includes(back)) continue
    const start = dayOf(now, back, meeting.day, meeting.time)
    const created = await createEvent(
      as(db, branch[0], new Date(start.getTime() - 6 * 24 * 60 * MINUTE)),
      plan(
        meeting.type,
        meeting.title,
        '一、学习\n二、讨论\n三、小结',
        venueOf(branchId),
        start,
        meeting.minutes,
        meeting.group ? `${branchId}-g${meeting.group}` : null,
      ),
    )
    const event = { ...created, _id: created.id, branchId, lateAfter: new Date(start.getTime() + 10 * MINUTE) }
    const present = branch.filter(
      (member) => member.openid && created.expectedMemberIds.includes(member._id) && records.next() < profile.attend,
    )
    for (const [order, member] of present.entries()) {
      const at = new Date(start.getTime() + (records.next() < 0.07 ? 15 * MINUTE : -10 * MINUTE + order * 20_000))
      records.checkins.push(codeCheckin(event, member._id, at))
      records.ledger.grant(attendanceGrant(event, member._id, 'system'), at)
    }
  }
}

/** The month's notice read and 签阅 by some, its material studied by some, as the branch's profile says. */
const readAndStudy = (records: Records, now: Date, back: number, member: MemberDoc) => {
  const profile = PROFILES[member.branchId]
  const monthly = records.notices[records.notices.length - 1]
  const material = records.materials[records.materials.length - 1]
  if (records.next() < profile.read) {
    const readAt = dayOf(now, back, 2 + Math.floor(records.next() * 5), '20:00')
    const receipt = { _id: receiptId(monthly._id, member._id), noticeId: monthly._id, memberId: member._id }
    records.reads.push({ ...receipt, branchId: member.branchId, readAt })
    records.acks.push({ ...receipt, branchId: member.branchId, ackedAt: readAt, points: 1 })
    records.ledger.grant(ackGrant(monthly, member), readAt)
  }
  if (records.next() < profile.study) {
    const doneAt = dayOf(now, back, 3 + Math.floor(records.next() * 20), '21:00')
    records.sessions.push({
      _id: `${material._id}:${member._id}`,
      materialId: material._id,
      memberId: member._id,
      startedAt: new Date(doneAt.getTime() - material.requiredSeconds * 1000),
      completedAt: doneAt,
    })
    records.ledger.grant(studyGrant(material, member), doneAt)
  }
}

export const seedHistory = async (db: Database, now: Date): Promise<void> => {
  const [{ data: members }, rules] = await Promise.all([
    db
      .collection<MemberDoc>(collections.members.name)
      .where({ status: 'active' })
      .orderBy('_id', 'asc')
      .limit(1000)
      .get(),
    currentRules(db),
  ])
  const branchIds = [...new Set(members.map((member) => member.branchId))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  )
  const records: Records = {
    ledger: new Ledger(rules, new Map(members.map((member) => [member._id, member]))),
    next: random(20261130),
    checkins: [],
    reads: [],
    acks: [],
    sessions: [],
    materials: [],
    notices: [],
  }
  for (let back = HISTORY_MONTHS; back >= 1; back--) {
    records.materials.push(historyMaterial(now, back))
    records.notices.push(historyNotice(now, back, members, branchIds))
    for (const branchId of branchIds) {
      const branch = members.filter((member) => member.branchId === branchId)
      await holdMeetings(db, records, now, back, branch)
      for (const member of branch.filter((candidate) => candidate.openid)) readAndStudy(records, now, back, member)
    }
  }
  const { ledger, checkins, materials, sessions, notices, reads, acks } = records
  await Promise.all([
    addAll(db, collections.checkins.name, checkins),
    addAll(db, collections.pointsLedger.name, ledger.entries),
    addAll(db, collections.pointsTotals.name, ledger.totalsDocs()),
    addAll(db, collections.studyMaterials.name, materials),
    addAll(db, collections.studySessions.name, sessions),
    addAll(db, collections.notices.name, notices),
    addAll(db, collections.noticeVersions.name, notices.map(versionOf)),
    addAll(db, collections.noticeReads.name, reads),
    addAll(db, collections.noticeAcks.name, acks),
  ])
}
