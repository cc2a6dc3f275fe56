import { z } from 'zod'
import { action } from './define'
import { calendarDay, emptyPayload, id, instant, integer, list, optionalText, payload, text } from '../validation'
import type { Instant } from './common'
import { birthdaysContract, birthdaysErrors } from './birthdays'
import { lifeMeetingContract, lifeMeetingErrors } from './lifeMeeting'
import { GRADES, TALK_KINDS, type Grade, type ReviewPhase, type TalkKind } from './reviewLabels'

/**
 * 民主评议党员 (the yearly review) and 谈心谈话 (talks): the `review` function.
 * Ballots are anonymous: no answer of any action names who rated whom how,
 * only counts (see cloudfunctions/review/ballots.ts).
 */

const grade = (label: string) =>
  z.enum(GRADES, {
    errorMap: (issue) => ({ message: issue.code === 'invalid_type' ? `请选择${label}` : `${label}取值不正确` }),
  })

const reviewId = () => id('评议编号')
const memberId = (label = '党员') => id(label)
const year = () => integer('年度', 2000, 2100)
const requestId = () => id('请求编号').optional()

const openInput = payload({ year: year(), closesAt: instant('投票截止时间') })
const reviewRef = payload({ reviewId: reviewId() })
const selfInput = payload({ reviewId: reviewId(), text: text('自评', { max: 2000 }), grade: grade('自评等次') })
const ballotInput = payload({ reviewId: reviewId(), rateeId: memberId('被评党员'), grade: grade('评议等次') })
const proposalItem = payload({
  memberId: memberId(),
  grade: grade('组织评定等次'),
  reason: optionalText('评定理由', 500),
})
const proposeInput = payload({ reviewId: reviewId(), grades: list('组织评定', proposalItem, 1000) })
const objectionInput = payload({
  reviewId: reviewId(),
  memberId: memberId('异议涉及的党员'),
  text: text('异议内容', { max: 500 }),
  requestId: requestId(),
})
const answerInput = payload({
  reviewId: reviewId(),
  objectionId: id('异议编号'),
  answer: text('答复内容', { max: 500 }),
})
const branchYear = payload({ branchId: id('支部编号'), year: year() })
const settingsInput = payload({
  excellentPercent: integer('优秀比例（%）', 1, 100),
  holidays: list('法定节假日', calendarDay('节假日日期'), 60).optional(),
  workingWeekends: list('调休上班日', calendarDay('调休上班日期'), 30).optional(),
})

const talkInput = payload({
  withId: memberId('谈话对象'),
  on: calendarDay('谈话日期'),
  kind: z.enum(TALK_KINDS, { errorMap: () => ({ message: '谈话类型取值不正确' }) }),
  topic: text('谈话主题', { max: 100 }),
  notes: optionalText('谈话要点', 1000),
  requestId: requestId(),
})

export type OpenReviewInput = z.infer<typeof openInput>
export type SelfAssessmentInput = z.infer<typeof selfInput>
export type BallotInput = z.infer<typeof ballotInput>
export type ProposalInput = z.infer<typeof proposeInput>
export type ObjectionInput = z.infer<typeof objectionInput>
export type AnswerObjectionInput = z.infer<typeof answerInput>
export type ReviewSettingsInput = z.infer<typeof settingsInput>
export type TalkInput = z.infer<typeof talkInput>

export interface GradeCounts {
  excellent: number
  qualified: number
  basic: number
  unqualified: number
}

export interface ReviewSummary {
  id: string
  branchId: string
  year: number
  phase: ReviewPhase
  closesAt: Instant
  /** 公示 ends (exclusive) once published. */
  publicityEndsAt: Instant | null
  /** 优秀 may be given to at most this share of the members reviewed (0..1). */
  excellentPercent: number
  memberCount: number
}

export interface MemberRef {
  id: string
  name: string
}

export interface MyBallot extends MemberRef {
  /** The caller's own grade for this member; null = not rated yet (or ballots sealed after closing). */
  grade: Grade | null
}

/** What a member sees of one review: their own tasks, their own ballots, their result after 公示. */
export interface MyReview {
  review: ReviewSummary
  self: { text: string; grade: Grade | null; submittedAt: Instant | null }
  ballots: MyBallot[]
  /** After 公示: the branch's 组织评定 (names and grades) and the caller's own 互评 counts. */
  results: { grades: ProposalRow[]; myCounts: GradeCounts | null; myObjections: ObjectionRow[] } | null
}

export interface ReviewTask {
  review: ReviewSummary
  selfDone: boolean
  rated: number
  toRate: number
}

export interface ProposalRow extends MemberRef {
  grade: Grade
  reason: string
}

export interface ObjectionRow {
  id: string
  about: MemberRef
  by: MemberRef
  text: string
  at: Instant
  /** The secretary's answer; null while the objection waits for one. */
  answer: { text: string; by: MemberRef; at: Instant } | null
}

/** The organisation's review settings: the 优秀 cap and the calendar 公示 counts working days on. */
export interface ReviewSettings {
  excellentPercent: number
  /** Public holidays (YYYY-MM-DD, Asia/Shanghai) that are not working days. */
  holidays: string[]
  /** Weekend days worked instead (调休, YYYY-MM-DD). */
  workingWeekends: string[]
}

/** The committee's view: participation always, the counted 互评 per member once voting is over. */
export interface ReviewProgress {
  review: ReviewSummary
  members: number
  selfDone: number
  /** Members who rated at least one other member. */
  voted: number
  ballots: number
  /** Not yet done: names only (participation is not secret; choices are). */
  missingSelf: MemberRef[]
  notVoted: MemberRef[]
  tallies: (MemberRef & { self: Grade | null; counts: GradeCounts })[] | null
  proposal: ProposalRow[] | null
  objections: ObjectionRow[]
}

export interface TalkRow {
  id: string
  by: MemberRef
  with: MemberRef
  on: string
  kind: TalkKind
  topic: string
  notes: string
}

export interface TalkCoverage {
  branchId: string
  year: number
  /** The branch's active members, for the talk form's 谈话对象. */
  members: MemberRef[]
  /** Members the secretary has talked with this year / all other active members. */
  secretary: { covered: number; total: number; missing: MemberRef[] }
  /** Pairs of committee members who talked with each other / all pairs. */
  committee: { covered: number; total: number; missing: [MemberRef, MemberRef][] }
}

/** One branch's compiled review and talk figures for a year (a snapshot, like stats). */
export interface ReviewFigures {
  branchId: string
  branchName: string
  /** Dashboard only: the units between the top 党委 and the branch (e.g. 二分公司党委 › 机关党总支). */
  path?: string[]
  year: number
  compiledAt: Instant
  phase: ReviewPhase | null
  members: number
  selfDone: number
  voted: number
  /** Final 组织评定, or null until final. */
  grades: GradeCounts | null
  talks: number
  secretaryCoverage: { covered: number; total: number }
  committeeCoverage: { covered: number; total: number }
}

export const reviewContract = {
  openReview: action<ReviewSummary>()(openInput),
  closeReview: action<ReviewSummary>()(reviewRef),
  myReviewTasks: action<ReviewTask[]>()(emptyPayload()),
  getMyReview: action<MyReview>()(reviewRef),
  submitSelfAssessment: action<MyReview['self']>()(selfInput),
  castBallot: action<MyBallot>()(ballotInput),
  changeBallot: action<MyBallot>()(ballotInput),
  reviewProgress: action<ReviewProgress>()(reviewRef),
  proposeGrades: action<ReviewProgress>()(proposeInput),
  publishReview: action<ReviewSummary>()(reviewRef),
  raiseObjection: action<ObjectionRow>()(objectionInput),
  answerObjection: action<ObjectionRow>()(answerInput),
  finaliseReview: action<ReviewSummary>()(reviewRef),
  updateReviewSettings: action<ReviewSettings>()(settingsInput),
  getReviewSettings: action<ReviewSettings>()(emptyPayload()),
  recordTalk: action<TalkRow>()(talkInput),
  listTalks: action<TalkRow[]>()(branchYear),
  talkCoverage: action<TalkCoverage>()(branchYear),
  refreshReviewFigures: action<ReviewFigures>()(branchYear),
  reviewDashboard: action<ReviewFigures[]>()(payload({ year: year() })),
  ...lifeMeetingContract,
  ...birthdaysContract,
}

export const reviewErrors = {
  REVIEW_EXISTS: '本支部该年度的民主评议已经开启',
  REVIEW_YEAR_INVALID: '只能开启今年或上一年度的民主评议',
  REVIEW_CLOSES_INVALID: '投票截止时间须晚于现在，且不超过 60 天',
  REVIEW_NOT_OPEN: '评议投票已截止，不能再提交',
  REVIEW_NOT_PARTICIPANT: '您不在本次评议的党员名单中',
  REVIEW_SELF_BALLOT: '互评不能评价自己，请在自评中选择等次',
  REVIEW_RATEE_OUTSIDE: '只能评议本支部参加本次评议的党员',
  REVIEW_BALLOT_EXISTS: '您已评议过该党员，如需更改请使用“修改”',
  REVIEW_BALLOT_MISSING: '您还没有评议该党员，不能修改',
  REVIEW_STILL_OPEN: '投票尚未截止，请先结束投票',
  REVIEW_GRADES_INCOMPLETE: '组织评定须覆盖参加评议的每一名党员，且每人只评一次',
  REVIEW_EXCELLENT_RATIO: '评为优秀的人数超过了组织规定的比例',
  REVIEW_REASON_REQUIRED: '评定为基本合格或不合格须填写理由',
  REVIEW_NO_PROPOSAL: '请先提出组织评定意见',
  REVIEW_IN_PUBLICITY: '评议结果正在公示，不能修改组织评定',
  REVIEW_NOT_PUBLICIZED: '评议结果不在公示期，不能提出异议',
  REVIEW_PUBLICITY_RUNNING: '公示期（5 个工作日）尚未结束，不能确定最终结果',
  REVIEW_FINAL: '评议结果已确定，不能再修改',
  REVIEW_OBJECTION_MISSING: '未找到该异议',
  REVIEW_OBJECTIONS_OPEN: '还有异议尚未答复，请先答复后再确定最终结果',
  REVIEW_RESULTS_HIDDEN: '评议结果公示后才能查看',
  TALK_FORBIDDEN: '谈心谈话记录仅支部委员会和党委领导可以查看',
  TALK_MEMBER_OUTSIDE: '谈话对象须是本支部的党员，且不能是自己',
  TALK_DATE_INVALID: '谈话日期不能晚于今天，且须在今年或上一年',
  ...lifeMeetingErrors,
  ...birthdaysErrors,
} as const
