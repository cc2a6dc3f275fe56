import { z } from 'zod'
import { action } from './define'
import { calendarDay, formRequestId, id, integer, optionalText, payload, phone, text } from '../validation'
import type { Instant } from './common'
import { FULL_VOTE_OUTCOMES, type Stage, type StepKind } from './developmentLabels'

/**
 * 党员发展 (the `development` function): one file per person (一人一档)
 * from the application to 转正, every step dated and checked against the
 * rules' periods; the due steps are computed from the dates.
 */

const personId = () => id('档案编号')
const memberIds = (label: string, min: number, max: number) =>
  z
    .array(id(label), { invalid_type_error: `${label}格式不正确`, required_error: `请选择${label}` })
    .min(min, min === max ? `${label}须为 ${min} 人` : `请选择${label}`)
    .max(max, min === max ? `${label}须为 ${min} 人` : `${label}最多 ${max} 人`)

const count = (label: string) => integer(label, 0, 10000)
const voteCounts = {
  present: count('实到有表决权的党员人数'),
  inFavour: count('赞成票'),
  against: count('反对票'),
  abstaining: count('弃权票'),
}
const stepBase = { personId: personId(), on: calendarDay('办理日期'), requestId: formRequestId() }
const step = <K extends StepKind, T extends z.ZodRawShape>(kind: K, shape: T) =>
  payload({ kind: z.literal(kind), ...stepBase, ...shape })

const stepInput = z.discriminatedUnion(
  'kind',
  [
    step('talk', { talkerId: id('谈话人'), notes: text('谈话情况', { max: 1000 }) }),
    step('activist', { contactIds: memberIds('培养联系人', 1, 2) }),
    step('thoughtReport', { summary: optionalText('汇报摘要', 500) }),
    step('halfYearReview', { notes: text('考察意见', { max: 1000 }) }),
    step('candidate', {}),
    step('politicalCheck', { conclusion: text('政审结论', { max: 500 }) }),
    step('training', {
      course: text('培训班名称', { max: 100 }),
      days: integer('培训天数', 0, 30),
      hours: integer('培训学时', 0, 240),
    }),
    step('introducers', { introducerIds: memberIds('入党介绍人', 2, 2) }),
    step('publicity', { until: calendarDay('公示截止日期') }),
    step('admissionVote', voteCounts),
    step('approval', { approvedBy: text('审批党组织', { max: 100 }) }),
    step('oath', {}),
    step('probationReview', { notes: text('考察意见', { max: 1000 }) }),
    step('fullVote', {
      ...voteCounts,
      outcome: z.enum(FULL_VOTE_OUTCOMES, { errorMap: () => ({ message: '请选择表决结果（转正或延长预备期）' }) }),
      extendMonths: integer('延长预备期（月）', 6, 12).optional(),
    }),
  ],
  { errorMap: () => ({ message: '请选择要办理的环节' }) },
)

const applicantInput = payload({
  name: text('姓名', { max: 20 }),
  phone: phone(),
  birthDate: calendarDay('出生日期'),
  appliedOn: calendarDay('入党申请日期'),
  requestId: formRequestId(),
})
const personRef = payload({ personId: personId() })
const branchRef = payload({ branchId: id('支部编号').optional() })

export type ApplicantInput = z.infer<typeof applicantInput>
export type StepInput = z.infer<typeof stepInput>
/** A step as stored and shown: the input without who asked for it. */
export type StepFields = StepInput extends infer S
  ? S extends unknown
    ? Omit<S, 'personId' | 'requestId'>
    : never
  : never

export interface DevelopmentPerson {
  id: string
  name: string
  /** Masked (138****5678) for anyone but the branch's secretary. */
  phone: string
  /** Masked (1998-**-**) for anyone but the branch's secretary. */
  birthDate: string
  branchId: string
  stage: Stage
  appliedOn: string
  activistOn: string | null
  candidateOn: string | null
  /** The 支部大会 that admitted them: their 入党日期 once approved. */
  admissionVoteOn: string | null
  joinedOn: string | null
  probationEndsOn: string | null
  fullOn: string | null
  /** The roster entry made on approval. */
  memberId: string | null
}

export interface DevelopmentStep {
  id: string
  fields: StepFields
  by: { id: string; name: string }
  /** Names of the members a step names (培养联系人, 介绍人, 谈话人). */
  names: Record<string, string>
  recordedAt: Instant
}

/** What the rules expect next: not before `fromOn`, by `dueOn` (either may be open). */
export interface DueStep {
  kind: StepKind
  fromOn: string | null
  dueOn: string | null
  overdue: boolean
  /** Why it is not possible yet, or what is missing (「培养期不满一年（还差 43 天）」). */
  note: string
}

export interface DevelopmentFile {
  person: DevelopmentPerson
  steps: DevelopmentStep[]
  due: DueStep[]
  /** Whether the caller keeps this file (records steps). */
  keeps: boolean
}

export interface PipelineRow {
  id: string
  name: string
  stage: Stage
  next: DueStep | null
}

export interface BranchPipeline {
  branchId: string
  rows: PipelineRow[]
}

/** The year's 发展 figures, from the files' dates: who became 积极分子, 发展对象, 预备党员 (入党) and 正式党员. */
export interface DevelopmentYearFigures {
  activists: number
  candidates: number
  admitted: number
  full: number
}

export interface PipelineBranchRow {
  branchId: string
  name: string
  /** Files in progress at each stage (正式党员: none; they are counted in `year.full`). */
  inProgress: Record<Exclude<Stage, 'full'>, number>
  /** Files with a step past its deadline. */
  overdue: number
  year: DevelopmentYearFigures
}

export interface PipelineOverview {
  year: number
  rows: PipelineBranchRow[]
  total: Omit<PipelineBranchRow, 'branchId' | 'name'>
}

/** A person's file exported as one archive. */
export interface DevelopmentPapers {
  fileID: string
  fileName: string
  /** The files inside, in filing order. */
  papers: string[]
}

export const developmentContract = {
  addApplicant: action<DevelopmentFile>()(applicantInput),
  recordStep: action<DevelopmentFile>()(stepInput),
  developmentFile: action<DevelopmentFile>()(personRef),
  branchPipeline: action<BranchPipeline>()(branchRef),
  /** The branch secretary: the file as a .zip of papers (.docx) and its record (.xlsx). */
  exportDevelopmentPapers: action<DevelopmentPapers>()(personRef),
  /** Leaders and admins: every branch they reach, counts only (no names). */
  pipelineOverview: action<PipelineOverview>()(payload({ year: integer('年度', 2000, 2100).optional() })),
}

export const developmentErrors = {
  DEVELOPMENT_DUPLICATE: '该手机号已有入党申请档案',
  DEVELOPMENT_DATE_INVALID: '办理日期不正确',
  DEVELOPMENT_STAGE: '当前阶段不能办理该环节',
  DEVELOPMENT_NOT_READY: '前置环节尚未完成',
  DEVELOPMENT_STEP_DONE: '该环节已经办理',
  DEVELOPMENT_MEMBER_INVALID: '须选择本支部的正式党员',
  DEVELOPMENT_VOTE_COUNTS: '表决人数不一致，请核对',
  DEVELOPMENT_VOTE_NO_QUORUM: '到会有表决权的党员未超过应到人数的半数，会议无效',
  DEVELOPMENT_VOTE_NOT_CARRIED: '赞成票未超过应到会有表决权党员的半数',
} as const
