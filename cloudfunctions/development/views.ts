import type { DevelopmentFile, DevelopmentPerson, DevelopmentStep } from '../common/contract/development'
import type { DevelopmentPersonDoc, DevelopmentStepDoc } from '../common/db/models/development'
import type { Database } from '../common/db/database'
import { memberNames } from '../common/db/members'
import { maskPhone } from '../common/rules/members'
import { dueSteps } from './rules/due'
import { namedMembers, type PersonFile } from './rules/file'

const maskBirthDate = (day: string) => `${day.slice(0, 4)}-**-**`

/** Personal data (phone, birth date) in full only for the secretary who keeps the file. */
export const personView = (doc: DevelopmentPersonDoc, keeps: boolean): DevelopmentPerson => ({
  id: doc._id,
  name: doc.name,
  phone: keeps ? doc.phone : maskPhone(doc.phone),
  birthDate: keeps ? doc.birthDate : maskBirthDate(doc.birthDate),
  branchId: doc.branchId,
  stage: doc.stage,
  appliedOn: doc.appliedOn,
  activistOn: doc.activistOn,
  candidateOn: doc.candidateOn,
  admissionVoteOn: doc.admissionVoteOn,
  joinedOn: doc.joinedOn,
  probationEndsOn: doc.probationEndsOn,
  fullOn: doc.fullOn,
  memberId: doc.memberId,
})

const stepView = (doc: DevelopmentStepDoc, names: Map<string, string>): DevelopmentStep => ({
  id: doc._id,
  fields: doc.fields,
  by: { id: doc.byId, name: names.get(doc.byId) ?? '（已删除）' },
  names: Object.fromEntries(namedMembers(doc.fields).map((id) => [id, names.get(id) ?? '（已删除）'])),
  recordedAt: doc.at.toISOString(),
})

/** The whole file as its reader sees it, with what is due as of `today`. */
export const fileView = async (
  db: Database,
  file: PersonFile,
  keeps: boolean,
  today: string,
): Promise<DevelopmentFile> => {
  const names = await memberNames(
    db,
    file.steps.flatMap((step) => [step.byId, ...namedMembers(step.fields)]),
  )
  return {
    person: personView(file.person, keeps),
    steps: file.steps.map((step) => stepView(step, names)),
    due: dueSteps(file, today),
    keeps,
  }
}
