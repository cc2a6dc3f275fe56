import type { StepInput } from '../../common/contract/development'
import {
  DEVELOPMENT_PERIODS as PERIODS,
  STAGE_LABELS,
  STEP_LABELS,
  type Stage,
  type StepKind,
} from '../../common/contract/developmentLabels'
import type { DevelopmentPersonDoc } from '../../common/db/models/development'
import { AppError } from '../../common/errors'
import { addDays, addMonths, daysBetween, latest } from './days'
import { firstStep, publicityUntil, stepsOf, trainingShortfall, type PersonFile } from './file'

type PersonPatch = Partial<
  Pick<
    DevelopmentPersonDoc,
    'stage' | 'activistOn' | 'candidateOn' | 'admissionVoteOn' | 'joinedOn' | 'probationEndsOn' | 'extended' | 'fullOn'
  >
>

interface StepRule {
  stages: readonly Stage[]
  /** Recorded at most once per file. */
  once?: boolean
  /** Why the step cannot be recorded on `on` (a Chinese sentence), or null when it can. */
  blocker?: (file: PersonFile, on: string) => string | null
}

const notYet = (what: string, from: string, on: string): string | null =>
  on < from ? `${what}（还差 ${daysBetween(on, from)} 天）` : null

const candidateBlocker = (file: PersonFile, on: string): string | null => {
  const { activistOn } = file.person
  const untilYear = notYet('培养期不满一年', addMonths(activistOn ?? on, PERIODS.activistMonths), on)
  if (untilYear) return untilYear
  const reviews = stepsOf(file, 'halfYearReview').length
  const needed = PERIODS.activistMonths / PERIODS.reviewEveryMonths
  return reviews < needed ? `半年考察记录不足（已有 ${reviews} 次，需 ${needed} 次）` : null
}

const publicityBlocker = (file: PersonFile): string | null => {
  const missing = [
    !firstStep(file, 'politicalCheck') && STEP_LABELS.politicalCheck,
    trainingShortfall(file),
    !firstStep(file, 'introducers') && STEP_LABELS.introducers,
  ].filter(Boolean)
  return missing.length ? `尚未完成：${missing.join('、')}` : null
}

const admissionBlocker = (file: PersonFile, on: string): string | null => {
  const until = publicityUntil(file)
  if (!until) return '尚未进行发展对象公示'
  return on <= until ? `公示期至 ${until}，须在公示期满后召开支部大会` : null
}

const approvalBlocker = (file: PersonFile, on: string): string | null => {
  const { admissionVoteOn } = file.person
  if (!admissionVoteOn) return '支部大会尚未讨论接收'
  const deadline = addMonths(admissionVoteOn, PERIODS.approvalWithinMonths)
  return on > deadline ? `已超过支部大会（${admissionVoteOn}）后 3 个月的审批期限（${deadline}），须重新履行程序` : null
}

const fullVoteBlocker = (file: PersonFile, on: string): string | null => {
  if (!firstStep(file, 'oath')) return '尚未进行入党宣誓'
  return notYet('预备期未满', file.person.probationEndsOn ?? on, on)
}

export const STEP_RULES: Record<StepKind, StepRule> = {
  talk: { stages: ['applicant'], once: true },
  activist: {
    stages: ['applicant'],
    once: true,
    blocker: (file) => (firstStep(file, 'talk') ? null : '尚未进行入党谈话'),
  },
  thoughtReport: { stages: ['activist', 'candidate', 'probationary'] },
  halfYearReview: { stages: ['activist', 'candidate'] },
  candidate: { stages: ['activist'], once: true, blocker: candidateBlocker },
  politicalCheck: { stages: ['candidate'], once: true },
  training: { stages: ['activist', 'candidate'] },
  introducers: { stages: ['candidate'], once: true },
  publicity: { stages: ['candidate'], once: true, blocker: publicityBlocker },
  admissionVote: { stages: ['candidate'], once: true, blocker: admissionBlocker },
  approval: { stages: ['candidate'], once: true, blocker: approvalBlocker },
  oath: { stages: ['probationary'], once: true },
  probationReview: { stages: ['probationary'] },
  fullVote: { stages: ['probationary'], blocker: fullVoteBlocker },
}

/** The day the file's current stage began: no step may be dated earlier. */
const stageSince = (person: DevelopmentPersonDoc): string =>
  latest([person.appliedOn, person.activistOn, person.candidateOn, person.admissionVoteOn, person.joinedOn]) ??
  person.appliedOn

const assertDate = (file: PersonFile, input: StepInput, today: string): void => {
  if (input.on > today) throw new AppError('DEVELOPMENT_DATE_INVALID', '办理日期不能晚于今天')
  const since = stageSince(file.person)
  if (input.on < since) throw new AppError('DEVELOPMENT_DATE_INVALID', `办理日期不能早于上一环节（${since}）`)
  if (input.kind === 'publicity' && input.until < addDays(input.on, PERIODS.publicityDays - 1))
    throw new AppError('DEVELOPMENT_DATE_INVALID', `公示期不少于 ${PERIODS.publicityDays} 天`)
}

const fullVotePatch = (person: DevelopmentPersonDoc, input: Extract<StepInput, { kind: 'fullVote' }>): PersonPatch => {
  if (input.outcome === 'full') {
    if (input.extendMonths !== undefined)
      throw new AppError('INVALID_INPUT', '同意转正时不填写延长预备期', 'extendMonths')
    return { stage: 'full', fullOn: person.probationEndsOn }
  }
  if (input.extendMonths === undefined) throw new AppError('INVALID_INPUT', '请填写延长预备期（月）', 'extendMonths')
  if (person.extended) throw new AppError('DEVELOPMENT_STEP_DONE', '预备期只能延长一次')
  return { probationEndsOn: addMonths(person.probationEndsOn ?? input.on, input.extendMonths), extended: true }
}

const patchOf = (person: DevelopmentPersonDoc, input: StepInput): PersonPatch => {
  switch (input.kind) {
    case 'activist':
      return { stage: 'activist', activistOn: input.on }
    case 'candidate':
      return { stage: 'candidate', candidateOn: input.on }
    case 'admissionVote':
      return { admissionVoteOn: input.on }
    case 'approval': {
      const joinedOn = person.admissionVoteOn ?? input.on
      return { stage: 'probationary', joinedOn, probationEndsOn: addMonths(joinedOn, PERIODS.probationMonths) }
    }
    case 'fullVote':
      return fullVotePatch(person, input)
    default:
      return {}
  }
}

/**
 * Whether `input` may be recorded on this file today, and how it changes the
 * person: refused (nothing written) when out of order, misdated or early, with
 * the reason in the message.
 */
export const checkStep = (file: PersonFile, input: StepInput, today: string): PersonPatch => {
  const rule = STEP_RULES[input.kind]
  const label = STEP_LABELS[input.kind]
  if (!rule.stages.includes(file.person.stage))
    throw new AppError('DEVELOPMENT_STAGE', `${STAGE_LABELS[file.person.stage]}阶段不能办理「${label}」`)
  const earlier = rule.once ? firstStep(file, input.kind) : null
  if (earlier) throw new AppError('DEVELOPMENT_STEP_DONE', `「${label}」已于 ${earlier.on} 办理`)
  assertDate(file, input, today)
  const blocker = rule.blocker?.(file, input.on)
  if (blocker) throw new AppError('DEVELOPMENT_NOT_READY', `不能办理「${label}」：${blocker}`)
  return patchOf(file.person, input)
}
