/**
 * A small organisation with known events, check-ins, leave, reads and
 * points, written as the events, notices and points functions write them.
 * Every figure the stats tests assert is computed by hand from this file.
 *
 * Now: 2026-11-25 12:00 Asia/Shanghai (past day 20, so warnings show).
 *
 * 第一支部 b1: m1 (secretary, 第一党小组), m2, m3 (第一党小组), m4, m5 (第二党小组), m6 (transferred out).
 * 第二支部 b2: l1 (leader), p1, p2; no groups, no events, no points.
 */
import type { EventType } from '../../cloudfunctions/common/contract/eventTypes'
import type { Role } from '../../cloudfunctions/common/contract'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import { eventDoc, type CheckinDoc, type EventDoc, type LeaveDoc } from '../../cloudfunctions/common/db/models/events'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { unitUnder, type BranchUnitDoc, type UnitDoc } from '../../cloudfunctions/common/db/models/units'
import {
  noticeDoc,
  type NoticeAckDoc,
  type NoticeDoc,
  type NoticeReadDoc,
} from '../../cloudfunctions/common/db/models/notices'
import { entryPeriods, type LedgerDoc } from '../../cloudfunctions/common/db/models/points'

export const NOW = new Date('2026-11-25T04:00:00Z')

export const openidOf = (memberId: string) => `openid-${memberId}`

/** A tree of depth one: the 党委 and its two branches. */
export const ROOT: UnitDoc = unitUnder(null, { _id: 'org', kind: 'committee', name: '公司党委', order: 1 }, NOW)

export const BRANCHES: BranchUnitDoc[] = [
  unitUnder(
    ROOT,
    {
      _id: 'b1',
      kind: 'branch',
      name: '第一支部',
      order: 1,
      groups: [
        { id: 'g1', name: '第一党小组' },
        { id: 'g2', name: '第二党小组' },
      ],
    },
    NOW,
  ),
  unitUnder(ROOT, { _id: 'b2', kind: 'branch', name: '第二支部', order: 2 }, NOW),
]

export const UNITS: UnitDoc[] = [ROOT, ...BRANCHES]

const member = (
  _id: string,
  name: string,
  branchId: string,
  groupId: string | null,
  roles: Role[] = ['member'],
): MemberDoc => ({
  _id,
  name,
  phone: `1380000${_id.padStart(4, '0').slice(-4)}`,
  branchId,
  unitIds: [ROOT._id, branchId],
  groupId,
  roles,
  joinedOn: '2000-07-01',
  status: 'active',
  openid: openidOf(_id),
  boundAt: NOW,
  createdAt: NOW,
})

export const MEMBERS: MemberDoc[] = [
  member('m1', '安书记', 'b1', 'g1', ['member', 'committee', 'secretary']),
  member('m2', '白委员', 'b1', 'g1', ['member', 'committee']),
  member('m3', '陈党员', 'b1', 'g1'),
  member('m4', '丁党员', 'b1', 'g2'),
  member('m5', '鄂党员', 'b1', 'g2'),
  { ...member('m6', '范转出', 'b1', 'g2'), status: 'transferred' },
  member('l1', '林领导', 'b2', null, ['member', 'leader']),
  member('p1', '彭党员', 'b2', null),
  member('p2', '秦党员', 'b2', null),
]

const HOUR = 3600 * 1000
const ALL_B1 = ['m1', 'm2', 'm3', 'm4', 'm5']

export const event = (
  _id: string,
  type: EventType,
  start: string,
  expectedMemberIds: string[],
  fields: Partial<EventDoc> = {},
): EventDoc => {
  const startAt = new Date(start)
  return {
    ...eventDoc(
      {
        _id,
        branchId: 'b1',
        groupId: null,
        type,
        title: `${_id} 活动`,
        agenda: '',
        venue: { name: '党员活动室', latitude: null, longitude: null, radius: 300 },
        start: startAt,
        end: new Date(startAt.getTime() + 2 * HOUR),
        checkinOpensAt: new Date(startAt.getTime() - HOUR / 2),
        lateAfter: new Date(startAt.getTime() + HOUR / 6),
        method: 'code',
        expectedMemberIds,
        expectedCount: expectedMemberIds.length,
        secret: 'x',
      },
      'm1',
      startAt,
    ),
    status: 'held',
    ...fields,
  }
}

export const EVENTS: EventDoc[] = [
  // 2026-11-05 10:00 Shanghai: 3 checked in (m2 late), m4 on approved leave, m5 absent.
  event('e1', 'theme_day', '2026-11-05T02:00:00Z', ALL_B1),
  // Ended without minutes: held all the same. m1 checked in; m2's leave was rejected.
  event('e2', 'committee_meeting', '2026-11-10T02:00:00Z', ['m1', 'm2'], { status: 'planned' }),
  event('e3', 'group_meeting', '2026-11-12T02:00:00Z', ['m1', 'm2', 'm3'], { groupId: 'g1' }),
  // Still to come: planned, not held; its approved leave does not count.
  event('e4', 'group_meeting', '2026-11-28T02:00:00Z', ['m4', 'm5'], { groupId: 'g2', status: 'planned' }),
  event('e5', 'party_lecture', '2026-11-15T02:00:00Z', ALL_B1, { status: 'cancelled' }),
  // 2026-11-01 00:30 Shanghai (still October in UTC): a November meeting.
  event('e6', 'general_meeting', '2026-10-31T16:30:00Z', ALL_B1),
  // October: counts in the quarter and the year only.
  event('e7', 'theme_day', '2026-10-20T02:00:00Z', ALL_B1),
  event('e8', 'life_meeting', '2026-03-10T02:00:00Z', ALL_B1),
]

const checkin = (eventId: string, memberId: string, late = false, makeup = false): CheckinDoc => ({
  _id: `${eventId}:${memberId}`,
  eventId,
  branchId: 'b1',
  memberId,
  at: NOW,
  late,
  method: makeup ? 'makeup' : 'code',
  distance: null,
  accuracy: null,
  makeup: makeup ? { by: 'm1', reason: '手机没电' } : null,
})

export const CHECKINS: CheckinDoc[] = [
  checkin('e1', 'm1'),
  checkin('e1', 'm2', true),
  checkin('e1', 'm3'),
  checkin('e2', 'm1'),
  checkin('e3', 'm1'),
  checkin('e3', 'm2'),
  checkin('e3', 'm3', false, true),
  ...ALL_B1.map((id) => checkin('e6', id)),
  ...['m1', 'm2', 'm3', 'm4'].map((id) => checkin('e7', id)),
  ...ALL_B1.map((id) => checkin('e8', id)),
  // Made before e5 was cancelled: history, counted in no figure.
  checkin('e5', 'm1', true),
]

const leave = (eventId: string, memberId: string, status: LeaveDoc['status']): LeaveDoc => ({
  _id: `${eventId}:${memberId}`,
  eventId,
  branchId: 'b1',
  memberId,
  reason: '出差',
  status,
  requestedAt: NOW,
  decidedBy: 'm1',
  decidedAt: NOW,
})

export const LEAVES: LeaveDoc[] = [
  leave('e1', 'm4', 'approved'),
  leave('e2', 'm2', 'rejected'),
  leave('e4', 'm5', 'approved'),
  leave('e5', 'm5', 'approved'),
]

export const notice = (
  _id: string,
  branchIds: string[],
  publishedAt: string,
  fields: Partial<NoticeDoc> = {},
): NoticeDoc => ({
  ...noticeDoc(
    {
      _id,
      kind: 'general',
      title: `${_id} 通知`,
      body: '正文',
      attachments: [],
      pinned: false,
      requiresAck: false,
      event: null,
      scope: branchIds.length > 1 ? 'branches' : 'branch',
      branchIds,
      recipientCount: 0,
      publishedAt: new Date(publishedAt),
    },
    { _id: 'l1', name: '林领导', branchId: 'b2' },
  ),
  ...fields,
})

export const NOTICES: NoticeDoc[] = [
  notice('n1', ['b1', 'b2'], '2026-11-03T02:00:00Z', { requiresAck: true }),
  notice('n2', ['b1'], '2026-11-08T02:00:00Z'),
  notice('n3', ['b1'], '2026-11-09T02:00:00Z', { status: 'withdrawn' }),
  notice('n4', ['b1'], '2026-10-30T02:00:00Z'),
]

const memberBranch = (memberId: string) => MEMBERS.find((m) => m._id === memberId)?.branchId ?? 'b1'

const read = (noticeId: string, memberId: string): NoticeReadDoc => ({
  _id: `${noticeId}:${memberId}`,
  noticeId,
  memberId,
  branchId: memberBranch(memberId),
  readAt: NOW,
})

const ack = (noticeId: string, memberId: string): NoticeAckDoc => ({
  ...read(noticeId, memberId),
  ackedAt: NOW,
  points: 1,
})

export const READS: NoticeReadDoc[] = [
  read('n1', 'm1'),
  read('n1', 'm2'),
  read('n1', 'm3'),
  read('n1', 'l1'),
  read('n2', 'm1'),
  read('n3', 'm1'),
  read('n4', 'm1'),
]

export const ACKS: NoticeAckDoc[] = [ack('n1', 'm1'), ack('n1', 'm2')]

export const ledger = (
  _id: string,
  memberId: string,
  points: number,
  at: string,
  fields: Partial<LedgerDoc> = {},
): LedgerDoc => ({
  _id,
  memberId,
  branchId: memberBranch(memberId),
  category: 'attendance',
  subtype: null,
  points,
  requestedPoints: points,
  reason: '参加活动',
  capMessage: null,
  source: null,
  ruleVersion: 1,
  status: 'granted',
  periods: entryPeriods(new Date(at)),
  reversalOf: null,
  createdBy: 'system',
  createdAt: new Date(at),
  ...fields,
})

export const LEDGER: LedgerDoc[] = [
  ledger('attend:e1:m1', 'm1', 5, '2026-11-05T02:05:00Z'),
  ledger('attend:e3:m1', 'm1', 5, '2026-11-12T02:05:00Z'),
  ledger('ack:n1:m2', 'm2', 1, '2026-11-03T05:00:00Z', { category: 'notice_ack' }),
  ledger('manual:m3', 'm3', 5, '2026-11-06T02:00:00Z', { category: 'manual' }),
  // The reversal of m3's award: net 0, so m3 is not an active member.
  ledger('reverse:manual:m3', 'm3', -5, '2026-11-07T02:00:00Z', {
    category: 'manual',
    status: 'reversal',
    reversalOf: 'manual:m3',
  }),
  ledger('attend:e7:m1', 'm1', 5, '2026-10-20T02:05:00Z'),
]

/** Writes the whole fixture. */
export const seedFixture = async (db: Database): Promise<void> => {
  const put = (name: string, docs: object[]) =>
    docs.length ? db.collection(name).add({ data: docs }) : Promise.resolve()
  await put(collections.units.name, UNITS)
  await put(collections.members.name, MEMBERS)
  await put(collections.events.name, EVENTS)
  await put(collections.checkins.name, CHECKINS)
  await put(collections.leaves.name, LEAVES)
  await put(collections.notices.name, NOTICES)
  await put(collections.noticeReads.name, READS)
  await put(collections.noticeAcks.name, ACKS)
  await put(collections.pointsLedger.name, LEDGER)
}
