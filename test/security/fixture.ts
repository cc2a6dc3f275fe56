/**
 * Real records of the demo organisation that the security suites aim at:
 * 第一支部's events, notices, claims and ledger entries, so an allowed call
 * passes its access check and a denied one is refused for who the caller is,
 * not because the record is missing.
 */
import { collections } from '../../cloudfunctions/common/db/collections'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import type { EventDoc } from '../../cloudfunctions/common/db/models/events'
import type { PointsRules } from '../../cloudfunctions/common/contract'
import { dayKey, periodKey } from '../../cloudfunctions/common/periods'
import { demoIdentities, type TestCloud } from '../helpers/testCloud'
import { loadDuesFixture, type DuesFixture } from './duesFixture'

export interface Fixture {
  /** 第一支部's 主题党日 open for check-in now. */
  openEventId: string
  /** 第一支部's upcoming 党课, with m008's pending leave. */
  upcomingEventId: string
  /** 第一支部's upcoming 党小组会. */
  groupMeetingId: string
  /** 第一支部's 主题党日 held two weeks ago. */
  heldEventId: string
  /** A notice to 第一支部 that asks for 签阅, published by its secretary. */
  ackNoticeId: string
  /** A ledger entry of m010 (第一支部). */
  entryId: string
  rules: PointsRules
  month: string
  /** Name and phone of m019, an unbound roster entry of 第一支部. */
  unboundEntry: { name: string; phone: string }
  /** An uploaded roster file (a header line only). */
  rosterFileID: string
  /** 二分公司党委 under the root, holding 第二支部; m022 is its leader and m023 its admin. */
  subUnitId: string
  /** An empty 党总支 under the root. */
  generalUnitId: string
  /** Another empty unit under the root, for deleting. */
  emptyUnitId: string
  /** This year, its Shanghai day, 第一支部's open 民主评议 (seeded) and last year's, finished. */
  year: number
  today: string
  openReviewId: string
  finalReviewId: string
  /** 第一支部's seeded 组织生活会, one of its 整改 items, and a day 30 days ahead. */
  lifeMeetingId: string
  rectificationId: string
  inAMonth: string
  dues: DuesFixture
  /** An 入党申请人's file in 第一支部, applied this year, no step recorded. */
  developmentPersonId: string
}

/**
 * A tree of two levels below the root: 二分公司党委 takes 第二支部 (so its
 * secretary and members stay "another branch"), with a leader and an admin of
 * its own; and two empty units.
 */
const growTree = async (t: TestCloud) => {
  const admin = demoIdentities.admin
  const unit = (name: string, kind: 'committee' | 'general') =>
    t.ok(admin, 'members', 'createUnit', { parentId: 'org', kind, name })
  const [sub, general, empty] = [
    await unit('二分公司党委', 'committee'),
    await unit('机关党总支', 'general'),
    await unit('待撤销党总支', 'general'),
  ]
  await t.ok(admin, 'members', 'moveUnit', { unitId: 'b2', parentId: sub.id })
  await t.ok(admin, 'members', 'grantRole', { unitId: sub.id, memberId: 'm022', role: 'leader' })
  await t.ok(admin, 'members', 'grantRole', { unitId: sub.id, memberId: 'm023', role: 'admin' })
  return { subUnitId: sub.id, generalUnitId: general.id, emptyUnitId: empty.id }
}

const b1Event = async (t: TestCloud, type: EventDoc['type'], status: EventDoc['status']): Promise<EventDoc> => {
  const { data } = await t.db
    .collection<EventDoc>(collections.events.name)
    .where({ branchId: 'b1', type, status })
    .limit(1)
    .get()
  if (!data[0]) throw new Error(`demo seed has no ${status} ${type} in 第一支部`)
  return data[0]
}

const b1Rectification = async (t: TestCloud): Promise<string> => {
  const { data } = await t.db.collection(collections.rectifications.name).where({ branchId: 'b1' }).limit(1).get()
  if (!data[0]) throw new Error('demo seed has no 整改 item in 第一支部')
  return String(data[0]._id)
}

const unboundEntry = async (t: TestCloud) => {
  const { data } = await t.db.collection<MemberDoc>(collections.members.name).doc('m019').get()
  return { name: data.name, phone: data.phone }
}

export const ackNotice = {
  kind: 'general' as const,
  audience: { scope: 'branch' as const },
  title: '关于学习党的二十届三中全会精神的通知',
  body: '请各位党员认真学习并签阅。',
  attachments: [],
  pinned: false,
  requiresAck: true,
}

const b1Applicant = async (t: TestCloud, now: Date): Promise<string> => {
  const applied = { name: '钱进', phone: '13900005555', birthDate: '1999-03-03', appliedOn: dayKey(now) }
  return (await t.ok(demoIdentities.secretary, 'development', 'addApplicant', applied)).person.id
}

export const loadFixture = async (t: TestCloud, now: Date): Promise<Fixture> => {
  const tree = await growTree(t)
  const published = await t.ok(demoIdentities.secretary, 'notices', 'publishNotice', ackNotice)
  const entries = await t.ok(demoIdentities.admin, 'points', 'listEntries', { memberId: 'm010' })
  const entry = entries.entries[0]
  if (!entry) throw new Error('demo seed has no ledger entry for m010')
  return {
    openEventId: (await b1Event(t, 'theme_day', 'planned'))._id,
    upcomingEventId: (await b1Event(t, 'party_lecture', 'planned'))._id,
    groupMeetingId: (await b1Event(t, 'group_meeting', 'planned'))._id,
    heldEventId: (await b1Event(t, 'theme_day', 'held'))._id,
    ackNoticeId: published.notice.id,
    entryId: entry.id,
    rules: await t.ok(demoIdentities.admin, 'points', 'getRules', {}),
    month: periodKey('month', now),
    unboundEntry: await unboundEntry(t),
    ...tree,
    year: Number(periodKey('year', now)),
    today: dayKey(now),
    openReviewId: `b1:${periodKey('year', now)}`,
    finalReviewId: `b1:${Number(periodKey('year', now)) - 1}`,
    lifeMeetingId: (await b1Event(t, 'life_meeting', 'planned'))._id,
    rectificationId: await b1Rectification(t),
    inAMonth: dayKey(new Date(now.getTime() + 30 * 24 * 3600 * 1000)),
    rosterFileID: await t.upload(demoIdentities.admin, Buffer.from('姓名,手机号,支部,入党日期\n'), 'roster.csv'),
    dues: await loadDuesFixture(t, now),
    developmentPersonId: await b1Applicant(t, now),
  }
}
