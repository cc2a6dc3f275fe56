import type { StepInput } from '../../cloudfunctions/common/contract/development'
import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import { listBranchMembers } from '../../cloudfunctions/common/db/members'
import type { MemberDoc } from '../../cloudfunctions/common/db/models/members'
import { addDays } from '../../cloudfunctions/development/rules/days'
import { addApplicant } from '../../cloudfunctions/development/usecases/addApplicant'
import { recordStep } from '../../cloudfunctions/development/usecases/recordStep'
import { dayKey } from '../../cloudfunctions/common/periods'
import { as } from './events'

/** A step `days` from today (negative: in the past), as the secretary would record it. */
type Planned = (personId: string, day: (offset: number) => string, voting: number) => StepInput[]

interface Person {
  branchId: string
  name: string
  phone: string
  birthDate: string
  appliedDaysAgo: number
  steps: Planned
}

const vote = (voting: number) => ({ present: voting, inFavour: voting, against: 0, abstaining: 0 })

const talked: Planned = (personId, day) => [
  { personId, kind: 'talk', on: day(-3), talkerId: 'm001', notes: '了解入党动机，讲解党章' },
]

const activist: Planned = (personId, day) => [
  { personId, kind: 'talk', on: day(-390), talkerId: 'm001', notes: '了解入党动机，讲解党章' },
  { personId, kind: 'activist', on: day(-300), contactIds: ['m002', 'm003'] },
  { personId, kind: 'thoughtReport', on: day(-200), summary: '学习党的二十大精神的体会' },
  { personId, kind: 'halfYearReview', on: day(-120), notes: '工作积极，能主动向组织靠拢' },
  { personId, kind: 'thoughtReport', on: day(-60), summary: '对照党员标准查找差距' },
]

/** 发展对象 with 政审 and 培训 done; the introducers are still to be named, so the 公示 waits. */
const candidate: Planned = (personId, day) => [
  { personId, kind: 'talk', on: day(-790), talkerId: 'm001', notes: '了解入党动机，讲解党章' },
  { personId, kind: 'activist', on: day(-700), contactIds: ['m003'] },
  { personId, kind: 'halfYearReview', on: day(-520), notes: '表现良好' },
  { personId, kind: 'halfYearReview', on: day(-340), notes: '进步明显，群众基础好' },
  { personId, kind: 'candidate', on: day(-330) },
  { personId, kind: 'politicalCheck', on: day(-40), conclusion: '政治审查合格' },
  { personId, kind: 'training', on: day(-30), course: '公司党委发展对象培训班', days: 3, hours: 24 },
  { personId, kind: 'thoughtReport', on: day(-20), summary: '参加培训的收获' },
]

/** 第二支部's 预备党员, admitted 200 days ago: on the roster as 预备 until 转正. */
const probationary: Planned = (personId, day, voting) => [
  { personId, kind: 'talk', on: day(-890), talkerId: 'm021', notes: '了解入党动机，讲解党章' },
  { personId, kind: 'activist', on: day(-800), contactIds: ['m022'] },
  { personId, kind: 'halfYearReview', on: day(-620), notes: '表现良好' },
  { personId, kind: 'halfYearReview', on: day(-440), notes: '表现突出' },
  { personId, kind: 'candidate', on: day(-430) },
  { personId, kind: 'politicalCheck', on: day(-260), conclusion: '政治审查合格' },
  { personId, kind: 'training', on: day(-255), course: '公司党委发展对象培训班', days: 3, hours: 24 },
  { personId, kind: 'introducers', on: day(-250), introducerIds: ['m022', 'm023'] },
  { personId, kind: 'publicity', on: day(-245), until: day(-241) },
  { personId, kind: 'admissionVote', on: day(-200), ...vote(voting) },
  { personId, kind: 'approval', on: day(-170), approvedBy: '公司党委' },
  { personId, kind: 'oath', on: day(-165) },
  { personId, kind: 'thoughtReport', on: day(-60), summary: '预备期的思想汇报' },
  { personId, kind: 'probationReview', on: day(-60), notes: '预备期表现良好' },
]

/** One file at every stage; 张晓雨's 入党谈话 is two weeks overdue. */
const PEOPLE: Person[] = [
  {
    branchId: 'b1',
    name: '张晓雨',
    phone: '17700000001',
    birthDate: '2000-04-12',
    appliedDaysAgo: 45,
    steps: () => [],
  },
  { branchId: 'b1', name: '陈思远', phone: '17700000002', birthDate: '1999-09-03', appliedDaysAgo: 10, steps: talked },
  {
    branchId: 'b1',
    name: '刘佳琪',
    phone: '17700000003',
    birthDate: '1997-12-20',
    appliedDaysAgo: 400,
    steps: activist,
  },
  {
    branchId: 'b1',
    name: '王浩然',
    phone: '17700000004',
    birthDate: '1996-06-08',
    appliedDaysAgo: 800,
    steps: candidate,
  },
  {
    branchId: 'b2',
    name: '孙悦',
    phone: '17700000005',
    birthDate: '1995-02-17',
    appliedDaysAgo: 900,
    steps: probationary,
  },
]

const secretaryOf = async (db: Database, branchId: string): Promise<MemberDoc> => {
  const { data } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ branchId, roles: 'secretary' })
    .limit(1)
    .get()
  if (!data[0]) throw new Error(`seed: ${branchId} has no secretary`)
  return data[0]
}

/** 党员发展 files made through the use cases, as each branch's secretary recorded them. */
export const seedDevelopment = async (db: Database, now: Date): Promise<void> => {
  const today = dayKey(now)
  const day = (offset: number) => addDays(today, offset)
  for (const person of PEOPLE) {
    const ctx = as(db, await secretaryOf(db, person.branchId), now)
    const { branchId: _branchId, appliedDaysAgo, steps, ...fields } = person
    const file = await addApplicant(ctx, { ...fields, appliedOn: day(-appliedDaysAgo) })
    const voting = (await listBranchMembers(db, person.branchId)).filter((member) => !member.probationary).length
    for (const step of steps(file.person.id, day, voting)) await recordStep(ctx, step)
  }
}
