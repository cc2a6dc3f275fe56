import type { StepFields, StepInput } from '../../common/contract/development'
import { DEVELOPMENT_PERIODS as PERIODS, type StepKind } from '../../common/contract/developmentLabels'
import type { DevelopmentPersonDoc, DevelopmentStepDoc } from '../../common/db/models/development'

/** A person's file as the rules read it: the person and their steps in date order. */
export interface PersonFile {
  person: DevelopmentPersonDoc
  steps: readonly DevelopmentStepDoc[]
}

export const stepsOf = (file: PersonFile, kind: StepKind): DevelopmentStepDoc[] =>
  file.steps.filter((step) => step.kind === kind)

export const firstStep = (file: PersonFile, kind: StepKind): DevelopmentStepDoc | null =>
  file.steps.find((step) => step.kind === kind) ?? null

export const lastOn = (file: PersonFile, kind: StepKind): string | null => stepsOf(file, kind).at(-1)?.on ?? null

type Training = Extract<StepInput, { kind: 'training' }>

export const trainingTotal = (file: PersonFile): { days: number; hours: number } =>
  stepsOf(file, 'training').reduce(
    (total, step) => {
      const fields = step.fields as Omit<Training, 'personId' | 'requestId'>
      return { days: total.days + fields.days, hours: total.hours + fields.hours }
    },
    { days: 0, hours: 0 },
  )

/** 集中培训 of at least 3 days or 24 学时, or what is still missing. */
export const trainingShortfall = (file: PersonFile): string | null => {
  const { days, hours } = trainingTotal(file)
  if (days >= PERIODS.trainingDays || hours >= PERIODS.trainingHours) return null
  return `集中培训（已 ${days} 天 ${hours} 学时，需 ${PERIODS.trainingDays} 天或 ${PERIODS.trainingHours} 学时）`
}

export const publicityUntil = (file: PersonFile): string | null => {
  const publicity = firstStep(file, 'publicity')
  return publicity ? (publicity.fields as { until: string }).until : null
}

/** Members a step names (谈话人, 培养联系人, 介绍人) besides who recorded it. */
export const namedMembers = (fields: StepFields): string[] => {
  if (fields.kind === 'talk') return [fields.talkerId]
  if (fields.kind === 'activist') return fields.contactIds
  if (fields.kind === 'introducers') return fields.introducerIds
  return []
}
