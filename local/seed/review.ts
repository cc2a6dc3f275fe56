import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { sheetDoc } from '../../cloudfunctions/common/db/models/review'
import type { Grade } from '../../cloudfunctions/common/contract/reviewLabels'
import { dayKey, periodKey } from '../../cloudfunctions/common/periods'
import { ZONE, dayjs } from '../../cloudfunctions/common/time'
import { ballotId, newBallotKey } from '../../cloudfunctions/review/ballots'
import { castBallot } from '../../cloudfunctions/review/usecases/castBallot'
import { finaliseReview } from '../../cloudfunctions/review/usecases/finaliseReview'
import { openReview } from '../../cloudfunctions/review/usecases/openReview'
import { proposeGrades } from '../../cloudfunctions/review/usecases/proposeGrades'
import { publishReview } from '../../cloudfunctions/review/usecases/publishReview'
import { recordTalk } from '../../cloudfunctions/review/usecases/recordTalk'
import { submitSelfAssessment } from '../../cloudfunctions/review/usecases/submitSelfAssessment'
import { createEvent } from '../../cloudfunctions/events/usecases/createEvent'
import { addRectification } from '../../cloudfunctions/review/usecases/addRectification'
import { followUpRectification } from '../../cloudfunctions/review/usecases/followUpRectification'
import { recordLifeMeeting } from '../../cloudfunctions/review/usecases/recordLifeMeeting'
import { submitCheckMaterial } from '../../cloudfunctions/review/usecases/submitCheckMaterial'
import { as, plan } from './events'

/**
 * 第一支部's 民主评议 and 谈心谈话, made through the review use cases at the
 * times they would have happened: last year's review, finished (4 members
 * rated everyone, 组织评定 with 3 优秀 and 1 基本合格, 公示, final), this
 * year's open until 10 days from now (2 自评, 3 members rated 4 others), and
 * this year's talks (the secretary with 5 members and one 支委).
 */
const DAY = 24 * 3600 * 1000

const EXCELLENT = ['m002', 'm003', 'm008']
const RATERS = ['m002', 'm003', 'm004', 'm005']
const BASIC = 'm015'

const lastYearGrade = (memberId: string): Grade =>
  EXCELLENT.includes(memberId) ? 'excellent' : memberId === BASIC ? 'basic' : 'qualified'

const byId = (members: readonly MemberDoc[]) => {
  const map = new Map(members.map((member) => [member._id, member]))
  return (id: string): MemberDoc => {
    const member = map.get(id)
    if (!member) throw new Error(`seed: no member ${id}`)
    return member
  }
}

const memberIds = (count: number) =>
  Array.from({ length: count }, (_, index) => `m${String(index + 1).padStart(3, '0')}`)

const lastYearProposal = () =>
  memberIds(20).map((memberId) => {
    const grade = lastYearGrade(memberId)
    return { memberId, grade, ...(grade === 'basic' ? { reason: '全年缺席组织生活 4 次，学习积分偏低' } : {}) }
  })

/**
 * Last year's 自评 and ballots as the ballot use cases leave them once voting
 * closed: written in two batches (a use case per ballot would cost every test
 * seed ~70 transactions), under a key that is then forgotten, as sealing does.
 */
const writeVotes = async (db: Database, reviewId: string, at: Date) => {
  const bound = memberIds(18)
  const key = newBallotKey()
  const review = { _id: reviewId, branchId: 'b1' }
  const sheets = bound.map((id) => ({
    ...sheetDoc(review, id),
    selfText: '一年来认真学习党的理论，按时参加组织生活，履行党员义务。',
    selfGrade: 'qualified' as const,
    selfAt: at,
    ballotsCast: RATERS.includes(id) ? bound.length - 1 : 0,
  }))
  const ballots = RATERS.flatMap((raterId) =>
    bound
      .filter((rateeId) => rateeId !== raterId)
      .map((rateeId) => ({ _id: ballotId(key, raterId, rateeId), reviewId, rateeId, grade: lastYearGrade(rateeId) })),
  )
  await Promise.all([
    db.collection(collections.reviewSheets.name).add({ data: sheets }),
    db.collection(collections.reviewBallots.name).add({ data: ballots }),
  ])
}

const seedLastYear = async (db: Database, member: (id: string) => MemberDoc, year: number) => {
  const opened = dayjs.tz(`${year}-12-01 10:00`, ZONE).toDate()
  const secretary = member('m001')
  const closesAt = new Date(opened.getTime() + 14 * DAY).toISOString()
  const review = await openReview(as(db, secretary, opened), { year, closesAt })
  await writeVotes(db, review.id, opened)
  const decided = new Date(opened.getTime() + 15 * DAY)
  await proposeGrades(as(db, secretary, decided), { reviewId: review.id, grades: lastYearProposal() })
  await publishReview(as(db, secretary, decided), { reviewId: review.id })
  await finaliseReview(as(db, secretary, new Date(decided.getTime() + 10 * DAY)), { reviewId: review.id })
}

const seedThisYear = async (db: Database, member: (id: string) => MemberDoc, now: Date) => {
  const year = Number(periodKey('year', now))
  const closesAt = new Date(now.getTime() + 10 * DAY).toISOString()
  const review = await openReview(as(db, member('m001'), now), { year, closesAt })
  for (const id of ['m008', 'm009'])
    await submitSelfAssessment(as(db, member(id), now), {
      reviewId: review.id,
      text: '今年按时参加三会一课，完成学习任务，工作中发挥党员作用。',
      grade: 'qualified',
    })
  for (const rater of ['m008', 'm009', 'm010'])
    for (const rateeId of ['m011', 'm012', 'm013', 'm014'])
      await castBallot(as(db, member(rater), now), {
        reviewId: review.id,
        rateeId,
        grade: rateeId === 'm011' ? 'excellent' : 'qualified',
      })
}

const TALKS: [string, string, 'heart' | 'reminder' | 'care', string][] = [
  ['m001', 'm008', 'heart', '年度思想交流'],
  ['m001', 'm009', 'care', '家庭困难关怀'],
  ['m001', 'm010', 'heart', '岗位调整后的思想状况'],
  ['m001', 'm011', 'reminder', '按时参加组织生活'],
  ['m001', 'm012', 'heart', '入党积极分子培养'],
  ['m001', 'm002', 'heart', '支委分工交流'],
  ['m021', 'm026', 'heart', '年度思想交流'],
]

const seedTalks = async (db: Database, member: (id: string) => MemberDoc, now: Date) => {
  for (const [byId, withId, kind, topic] of TALKS)
    await recordTalk(as(db, member(byId), now), {
      withId,
      on: dayKey(now),
      kind,
      topic,
      notes: '交流顺畅，无特殊情况。',
    })
}

/**
 * A 组织生活会 held 40 days ago with its record, two 对照检查材料 and a 整改清单
 * of two items: one done, one past its deadline (the secretary's 首页 flags it).
 */
const seedLifeMeeting = async (db: Database, member: (id: string) => MemberDoc, now: Date) => {
  const secretary = member('m001')
  const start = new Date(now.getTime() - 40 * DAY)
  const venue = { name: '三楼党员活动室', radius: 300 }
  const agenda = '一、通报上年度整改落实情况\n二、开展批评与自我批评\n三、明确整改措施'
  const event = await createEvent(
    as(db, secretary, new Date(start.getTime() - 7 * DAY)),
    plan('life_meeting', '年度组织生活会', agenda, venue, start, 150),
  )
  const after = new Date(start.getTime() + 3 * 3600 * 1000)
  const ref = { eventId: event.id }
  await recordLifeMeeting(as(db, secretary, after), {
    ...ref,
    theme: '学习贯彻党的创新理论，对照检查找差距',
    criticism: '书记带头查摆问题 3 条，委员之间相互批评 6 条，党员之间相互提出意见建议 12 条。',
  })
  for (const id of ['m006', 'm007'])
    await submitCheckMaterial(as(db, member(id), after), {
      ...ref,
      text: '对照党章党规，查摆在理论学习、发挥作用方面的不足。',
    })
  const deadline = (days: number) => dayKey(new Date(start.getTime() + days * DAY))
  await addRectification(as(db, secretary, after), {
    ...ref,
    item: '建立党员理论学习台账',
    ownerId: 'm002',
    deadline: deadline(14),
  })
  const done = await addRectification(as(db, secretary, after), {
    ...ref,
    item: '完善谈心谈话制度',
    ownerId: 'm003',
    deadline: deadline(30),
  })
  await followUpRectification(as(db, secretary, new Date(start.getTime() + 20 * DAY)), {
    rectificationId: done.id,
    done: true,
    note: '已制定谈心谈话计划并印发',
  })
}

/** Seeds 第一支部's reviews, its 组织生活会 and the demo talks. */
export const seedReview = async (db: Database, now: Date): Promise<void> => {
  const { data } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ branchId: db.command.in(['b1', 'b2']) })
    .limit(100)
    .get()
  const member = byId(data)
  await seedLastYear(db, member, Number(periodKey('year', now)) - 1)
  await seedThisYear(db, member, now)
  await seedTalks(db, member, now)
  await seedLifeMeeting(db, member, now)
}
