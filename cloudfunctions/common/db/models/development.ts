import type { StepFields } from '../../contract/development'
import type { Stage, StepKind } from '../../contract/developmentLabels'

/**
 * A person's 党员发展 file (一人一档). The stage and its dates are derived
 * from the steps when each is recorded (only the branch secretary writes a
 * file, so there is nothing to contend for); `nextDueOn` is the earliest
 * deadline, so the overview counts overdue files without reading steps.
 */
export interface DevelopmentPersonDoc {
  _id: string
  branchId: string
  /** The branch's path from the root: a unit's pipeline is one indexed query. */
  unitIds: string[]
  name: string
  phone: string
  birthDate: string
  stage: Stage
  appliedOn: string
  activistOn: string | null
  candidateOn: string | null
  admissionVoteOn: string | null
  joinedOn: string | null
  probationEndsOn: string | null
  /** The 预备期 was extended once already. */
  extended: boolean
  fullOn: string | null
  memberId: string | null
  nextDueOn: string | null
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

/** One dated step, appended and never changed. */
export interface DevelopmentStepDoc {
  _id: string
  personId: string
  branchId: string
  kind: StepKind
  on: string
  fields: StepFields
  /** A 支部大会 vote: the branch's voting members (正式党员) on the day, for its resolution. */
  voting?: number
  byId: string
  at: Date
}
