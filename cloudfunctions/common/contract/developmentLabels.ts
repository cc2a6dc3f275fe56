/** 党员发展 stages, steps and the periods the rules set: zod-free, so the mini-program imports them too. */

export const STAGES = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  candidate: '发展对象',
  probationary: '预备党员',
  full: '正式党员',
}

/** Every dated step of a person's file, in the order the rules expect them. */
export const STEP_KINDS = [
  'talk',
  'activist',
  'thoughtReport',
  'halfYearReview',
  'candidate',
  'politicalCheck',
  'training',
  'introducers',
  'publicity',
  'admissionVote',
  'approval',
  'oath',
  'probationReview',
  'fullVote',
] as const
export type StepKind = (typeof STEP_KINDS)[number]

export const STEP_LABELS: Record<StepKind, string> = {
  talk: '入党谈话',
  activist: '确定为入党积极分子',
  thoughtReport: '思想汇报',
  halfYearReview: '半年考察',
  candidate: '确定为发展对象',
  politicalCheck: '政治审查',
  training: '集中培训',
  introducers: '确定入党介绍人',
  publicity: '发展对象公示',
  admissionVote: '支部大会讨论接收预备党员',
  approval: '上级党委审批',
  oath: '入党宣誓',
  probationReview: '预备期考察',
  fullVote: '支部大会讨论转正',
}

/** 转正 outcomes the 支部大会 may vote for. */
export const FULL_VOTE_OUTCOMES = ['full', 'extend'] as const
export type FullVoteOutcome = (typeof FULL_VOTE_OUTCOMES)[number]

/** The periods of 《中国共产党发展党员工作细则》 the pipeline checks. */
export const DEVELOPMENT_PERIODS = {
  /** 党组织 talks with an applicant within a month of the application. */
  talkWithinMonths: 1,
  /** An 积极分子 is trained for at least a year before becoming a 发展对象. */
  activistMonths: 12,
  /** One 考察 every half year of the training. */
  reviewEveryMonths: 6,
  /** 集中培训: at least 3 days or 24 学时. */
  trainingDays: 3,
  trainingHours: 24,
  /** 公示 of a 发展对象 lasts at least 5 days. */
  publicityDays: 5,
  /** The higher committee approves within 3 months of the 支部大会. */
  approvalWithinMonths: 3,
  probationMonths: 12,
  /** A 预备期 may be extended once, by 6 to 12 months. */
  extensionMinMonths: 6,
  extensionMaxMonths: 12,
  /** 预备党员 write a 思想汇报 and are 考察 every quarter. */
  reportEveryMonths: 3,
} as const
