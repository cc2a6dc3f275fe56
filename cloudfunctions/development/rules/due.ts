import type { DueStep } from '../../common/contract/development'
import { DEVELOPMENT_PERIODS as PERIODS, type StepKind } from '../../common/contract/developmentLabels'
import { addDays, addMonths, latest } from './days'
import { firstStep, lastOn, publicityUntil, stepsOf, trainingShortfall, type PersonFile } from './file'
import { STEP_RULES } from './steps'

const due = (
  file: PersonFile,
  today: string,
  kind: StepKind,
  fromOn: string | null,
  dueOn: string | null,
  note?: string | null,
): DueStep => ({
  kind,
  fromOn,
  dueOn,
  overdue: dueOn !== null && today > dueOn,
  note: note ?? STEP_RULES[kind].blocker?.(file, today) ?? '',
})

/** A step repeated every `months` since the stage began or its last record. */
const recurring = (file: PersonFile, today: string, kind: StepKind, since: string, months: number): DueStep =>
  due(file, today, kind, null, addMonths(latest([since, lastOn(file, kind)]) ?? since, months))

const missing = (file: PersonFile, kind: StepKind): boolean => !firstStep(file, kind)

const applicantSteps = (file: PersonFile, today: string): DueStep[] => {
  const { appliedOn } = file.person
  const talk = firstStep(file, 'talk')
  return [
    ...(talk ? [] : [due(file, today, 'talk', appliedOn, addMonths(appliedOn, PERIODS.talkWithinMonths))]),
    due(file, today, 'activist', talk?.on ?? null, null),
  ]
}

const activistSteps = (file: PersonFile, today: string): DueStep[] => {
  const since = file.person.activistOn ?? today
  const reviews = stepsOf(file, 'halfYearReview').length
  const needed = PERIODS.activistMonths / PERIODS.reviewEveryMonths
  return [
    recurring(file, today, 'thoughtReport', since, PERIODS.reportEveryMonths),
    ...(reviews < needed
      ? [due(file, today, 'halfYearReview', null, addMonths(since, PERIODS.reviewEveryMonths * (reviews + 1)))]
      : []),
    due(file, today, 'candidate', addMonths(since, PERIODS.activistMonths), null),
  ]
}

const candidateSteps = (file: PersonFile, today: string): DueStep[] => {
  const { admissionVoteOn, candidateOn } = file.person
  if (admissionVoteOn)
    return [due(file, today, 'approval', admissionVoteOn, addMonths(admissionVoteOn, PERIODS.approvalWithinMonths))]
  const until = publicityUntil(file)
  return [
    recurring(file, today, 'thoughtReport', candidateOn ?? today, PERIODS.reportEveryMonths),
    ...(missing(file, 'politicalCheck') ? [due(file, today, 'politicalCheck', null, null)] : []),
    ...(trainingShortfall(file) ? [due(file, today, 'training', null, null, trainingShortfall(file))] : []),
    ...(missing(file, 'introducers') ? [due(file, today, 'introducers', null, null)] : []),
    ...(until ? [] : [due(file, today, 'publicity', null, null)]),
    due(file, today, 'admissionVote', until ? addDays(until, 1) : null, null),
  ]
}

const probationarySteps = (file: PersonFile, today: string): DueStep[] => {
  const { joinedOn, probationEndsOn } = file.person
  const since = joinedOn ?? today
  const endsOn = probationEndsOn ?? today
  return [
    ...(missing(file, 'oath') ? [due(file, today, 'oath', since, null, '')] : []),
    recurring(file, today, 'thoughtReport', since, PERIODS.reportEveryMonths),
    recurring(file, today, 'probationReview', since, PERIODS.reportEveryMonths),
    due(file, today, 'fullVote', endsOn, addMonths(endsOn, 1)),
  ]
}

/**
 * What the rules expect next of this file as of `today`, each with its
 * window and, when it cannot be done yet, why. 正式党员 owe nothing.
 */
export const dueSteps = (file: PersonFile, today: string): DueStep[] => {
  switch (file.person.stage) {
    case 'applicant':
      return applicantSteps(file, today)
    case 'activist':
      return activistSteps(file, today)
    case 'candidate':
      return candidateSteps(file, today)
    case 'probationary':
      return probationarySteps(file, today)
    default:
      return []
  }
}

/** The earliest deadline among the due steps: the file is overdue once it has passed. */
export const nextDueOn = (steps: readonly DueStep[]): string | null =>
  steps.reduce<string | null>((min, step) => (step.dueOn && (!min || step.dueOn < min) ? step.dueOn : min), null)
