import type { BoundCaller } from '../../cloudfunctions/common/caller'
import type { EventInput } from '../../cloudfunctions/common/contract/events'
import {
  DEFAULT_LATE_AFTER_MINUTES,
  DEFAULT_OPENS_BEFORE_MINUTES,
} from '../../cloudfunctions/common/contract/eventTypes'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import { listBranchDocs } from '../../cloudfunctions/common/db/members'
import { attendanceId, type CheckinDoc, type EventDoc } from '../../cloudfunctions/common/db/models/events'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import type { Context } from '../../cloudfunctions/common/handler'
import { ZONE, dayjs, inZone } from '../../cloudfunctions/common/time'
import { writeCheckin } from '../../cloudfunctions/events/recordCheckin'
import { codeForSlot, slotAt } from '../../cloudfunctions/events/rules/code'
import { isLate } from '../../cloudfunctions/events/rules/schedule'
import { checkIn } from '../../cloudfunctions/events/usecases/checkIn'
import { createEvent } from '../../cloudfunctions/events/usecases/createEvent'
import { decideLeave } from '../../cloudfunctions/events/usecases/decideLeave'
import { makeUpCheckIn } from '../../cloudfunctions/events/usecases/makeUpCheckIn'
import { recordMinutes } from '../../cloudfunctions/events/usecases/recordMinutes'
import { requestLeave } from '../../cloudfunctions/events/usecases/requestLeave'

/**
 * Demo events for every branch, made through the events use cases at the
 * times they would have happened, so check-ins, leave, 补签 and their points
 * are exactly what the app itself would have written: a held 主题党日 two
 * weeks ago and a held 支委会 last week (with attendance and minutes), a
 * 主题党日 open for check-in now, and an upcoming 党课 and 党小组会.
 */
const MINUTE = 60_000

const PLACES = [
  { name: '三楼党员活动室', latitude: 31.230416, longitude: 121.473701, radius: 300 },
  { name: '二号楼报告厅', latitude: 31.226862, longitude: 121.477524, radius: 300 },
  { name: '研发中心会议室', latitude: 31.219733, longitude: 121.458934, radius: 300 },
  { name: '职工之家', latitude: 31.238161, longitude: 121.485371, radius: 300 },
]

/** The branch's meeting room (branches share the four rooms in turn). */
export const venueOf = (branchId: string) => PLACES[(Number(branchId.slice(1)) - 1) % PLACES.length]

/** `days` from today at `hh:mm` in Asia/Shanghai. */
const localAt = (now: Date, days: number, time: string): Date =>
  dayjs.tz(`${inZone(now).add(days, 'day').format('YYYY-MM-DD')} ${time}`, ZONE).toDate()

/** The next half hour: an event starting then is open for check-in right away. */
const nextHalfHour = (now: Date): Date => new Date(Math.ceil((now.getTime() + 1) / (30 * MINUTE)) * 30 * MINUTE)

export const as = (db: Database, member: MemberDoc, now: Date): Context => ({
  db,
  caller: { openid: member.openid ?? `seed-${member._id}`, member } as BoundCaller,
  now,
})

export const plan = (
  type: EventInput['type'],
  title: string,
  agenda: string,
  venue: EventInput['venue'],
  start: Date,
  minutes: number,
  groupId: string | null = null,
): EventInput => ({
  type,
  title,
  agenda,
  venue,
  start: start.toISOString(),
  end: new Date(start.getTime() + minutes * MINUTE).toISOString(),
  groupId,
  method: 'code',
  opensBeforeMinutes: DEFAULT_OPENS_BEFORE_MINUTES,
  lateAfterMinutes: DEFAULT_LATE_AFTER_MINUTES,
})

const secretOf = async (db: Database, eventId: string) =>
  (await db.collection<EventDoc>(collections.events.name).doc(eventId).get()).data.secret

/**
 * Members check in one after another from `firstAt`, written as the check-in
 * use case writes them (check-in and points together) but in one transaction
 * per event: every test of every domain seeds, so the seed has to be quick.
 */
const attend = async (db: Database, eventId: string, members: MemberDoc[], firstAt: Date) => {
  const event = (await db.collection<EventDoc>(collections.events.name).doc(eventId).get()).data
  await db.runTransaction(async (tx) => {
    for (const [index, member] of members.entries()) {
      const at = new Date(firstAt.getTime() + index * 25_000)
      await writeCheckin(
        tx,
        { event, checkin: codeCheckin(event, member._id, at), leave: null, grantedBy: 'system' },
        at,
      )
    }
  })
}

/** A member's check-in by code at `at`, as the check-in use case records it. */
export const codeCheckin = (
  event: Pick<EventDoc, '_id' | 'branchId' | 'lateAfter'>,
  memberId: string,
  at: Date,
): CheckinDoc => ({
  _id: attendanceId(event._id, memberId),
  eventId: event._id,
  branchId: event.branchId,
  memberId,
  at,
  late: isLate(event, at),
  method: 'code',
  distance: null,
  accuracy: null,
  makeup: null,
})

const heldThemeDay = async (db: Database, branch: MemberDoc[], venue: EventInput['venue'], now: Date) => {
  const [secretary, ...others] = branch
  const start = localAt(now, -14, '14:30')
  const created = await createEvent(
    as(db, secretary, new Date(start.getTime() - 5 * 24 * 60 * MINUTE)),
    plan('theme_day', '重温入党誓词 传承红色基因', '一、重温入党誓词\n二、集中学习\n三、交流发言', venue, start, 120),
  )
  // The fourth bound member stays absent: a ledger with nobody missing would not show what the app does.
  const [onLeave, late, forgot, , ...present] = others.filter((member) => member.openid)
  await requestLeave(as(db, onLeave, new Date(start.getTime() - 2 * 24 * 60 * MINUTE)), {
    eventId: created.id,
    reason: '外出参加业务培训',
  })
  await decideLeave(as(db, secretary, new Date(start.getTime() - 47 * 60 * MINUTE)), {
    eventId: created.id,
    memberId: onLeave._id,
    approve: true,
  })
  await attend(db, created.id, [secretary, ...present], new Date(start.getTime() - 10 * MINUTE))
  // The late-comer checks in through the use case itself, with the code the screen showed then.
  const lateAt = new Date(start.getTime() + 18 * MINUTE)
  const code = codeForSlot(await secretOf(db, created.id), slotAt(lateAt))
  await checkIn(as(db, late, lateAt), { eventId: created.id, code })
  const after = new Date(start.getTime() + 125 * MINUTE)
  await makeUpCheckIn(as(db, secretary, after), {
    eventId: created.id,
    memberId: forgot._id,
    reason: '手机没电，现场确认到会',
  })
  await recordMinutes(as(db, secretary, after), {
    eventId: created.id,
    host: secretary.name,
    recorder: late.name,
    agenda: '一、重温入党誓词\n二、集中学习党章\n三、交流发言',
    text: '支部书记带领全体党员重温入党誓词，集中学习党章有关内容，5 名党员结合岗位工作作交流发言。',
    decisions: '每月第一周开展一次党章学习，由各党小组轮流领学。',
    photos: [],
  })
}

const heldCommitteeMeeting = async (db: Database, branch: MemberDoc[], venue: EventInput['venue'], now: Date) => {
  const secretary = branch[0]
  const start = localAt(now, -7, '16:00')
  const created = await createEvent(
    as(db, secretary, new Date(start.getTime() - 3 * 24 * 60 * MINUTE)),
    plan('committee_meeting', '研究本月组织生活安排', '一、本月主题党日安排\n二、党员发展工作', venue, start, 60),
  )
  const committee = branch.filter((member) => created.expectedMemberIds.includes(member._id))
  await attend(db, created.id, committee, new Date(start.getTime() - 5 * MINUTE))
  await recordMinutes(as(db, secretary, new Date(start.getTime() + 70 * MINUTE)), {
    eventId: created.id,
    host: secretary.name,
    recorder: committee[1]?.name ?? secretary.name,
    agenda: '一、本月主题党日安排\n二、党员发展工作',
    text: '支委会研究确定本月主题党日内容和时间安排，讨论 1 名入党积极分子的培养考察情况。',
    decisions: '本月主题党日定于第三周周四下午举行；同意将 1 名入党积极分子列为发展对象。',
    photos: [],
  })
}

const currentAndUpcoming = async (db: Database, branch: MemberDoc[], venue: EventInput['venue'], now: Date) => {
  const secretary = branch[0]
  const ctx = as(db, secretary, now)
  await createEvent(
    ctx,
    plan('theme_day', '学习贯彻全会精神主题党日', '一、传达学习全会精神\n二、交流研讨', venue, nextHalfHour(now), 120),
  )
  const lecture = await createEvent(
    ctx,
    plan(
      'party_lecture',
      '书记讲党课：以高质量党建引领高质量发展',
      '支部书记讲专题党课',
      venue,
      localAt(now, 7, '15:00'),
      90,
    ),
  )
  await createEvent(
    ctx,
    plan(
      'group_meeting',
      '第一党小组学习会',
      '学习《中国共产党章程》',
      venue,
      localAt(now, 10, '12:30'),
      60,
      `${secretary.branchId}-g1`,
    ),
  )
  const asking = branch.filter((member) => member.openid)[7]
  await requestLeave(as(db, asking, now), { eventId: lecture.id, reason: '当天值班，无法参加' })
}

export const seedEvents = async (db: Database, now: Date): Promise<void> => {
  for (const { _id: branchId } of await listBranchDocs(db)) {
    const { data: branch } = await db
      .collection<MemberDoc>(collections.members.name)
      .where({ branchId, status: 'active' })
      .orderBy('_id', 'asc')
      .limit(1000)
      .get()
    if (!branch.length) continue
    await heldThemeDay(db, branch, venueOf(branchId), now)
    await heldCommitteeMeeting(db, branch, venueOf(branchId), now)
    await currentAndUpcoming(db, branch, venueOf(branchId), now)
  }
}
