import type { DevelopmentFile, StepFields, StepInput } from '../../common/contract/development'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { listBranchMembers } from '../../common/db/members'
import type { DevelopmentPersonDoc, DevelopmentStepDoc } from '../../common/db/models/development'
import type { MemberDoc } from '../../common/db/models/members'
import { oncePerRequest } from '../../common/db/requests'
import type { Context } from '../../common/handler'
import { dayKey } from '../../common/periods'
import { dueSteps, nextDueOn } from '../rules/due'
import type { PersonFile } from '../rules/file'
import { checkNamedMembers } from '../rules/members'
import { checkStep } from '../rules/steps'
import { checkVote } from '../rules/vote'
import { keptFile } from '../store'
import { fileView } from '../views'
import { rosterChange, type RosterChange } from '../roster'

const fieldsOf = (input: StepInput): StepFields => {
  const { personId: _personId, requestId: _requestId, ...fields } = input
  return fields
}

const isVote = (input: StepInput) => input.kind === 'admissionVote' || input.kind === 'fullVote'

/** The rules a step must pass before anything is written. */
const checked = (file: PersonFile, input: StepInput, branchMembers: MemberDoc[], today: string) => {
  const patch = checkStep(file, input, today)
  checkNamedMembers(input, branchMembers)
  const voting = branchMembers.filter((member) => !member.probationary).length
  if (input.kind === 'admissionVote' || input.kind === 'fullVote') checkVote(input, voting)
  return { patch, voting }
}

const write = async (
  db: Database,
  step: DevelopmentStepDoc,
  person: DevelopmentPersonDoc,
  roster: RosterChange | null,
) =>
  db.runTransaction(async (tx) => {
    await tx.collection(collections.developmentSteps.name).add({ data: step })
    const { _id, ...fields } = person
    await tx.collection(collections.developmentPeople.name).doc(_id).update({ data: fields })
    if (!roster) return
    const entry = tx.collection(collections.members.name).doc(roster.memberId)
    await (roster.create ? entry.set({ data: roster.data }) : entry.update({ data: roster.data }))
  })

/**
 * The secretary records a dated step of a file in their branch: checked
 * against the stage, the date order, the periods and (for a 支部大会) the vote
 * rule; then the step, the person's stage and (on approval and 转正) the
 * roster change are written together. A retried form records it once.
 */
export const recordStep = async (ctx: Context, input: StepInput): Promise<DevelopmentFile> => {
  const { db, caller, now } = ctx
  const me = caller.member
  const today = dayKey(now)
  const [file, branchMembers] = await Promise.all([
    keptFile(db, me, input.personId),
    listBranchMembers(db, me.branchId),
  ])
  await oncePerRequest<DevelopmentStepDoc>(
    db,
    {
      prefix: 's',
      collection: collections.developmentSteps.name,
      ownerId: me._id,
      requestId: input.requestId,
      isOwners: (doc) => doc.byId === me._id && doc.personId === input.personId,
    },
    async (id) => {
      const { patch, voting } = checked(file, input, branchMembers, today)
      const doc: DevelopmentStepDoc = {
        _id: id,
        personId: file.person._id,
        branchId: file.person.branchId,
        kind: input.kind,
        on: input.on,
        fields: fieldsOf(input),
        ...(isVote(input) ? { voting } : {}),
        byId: me._id,
        at: now,
      }
      const changed = { ...file.person, ...patch, updatedAt: now }
      const roster = rosterChange(file.person, changed, branchMembers, now)
      if (roster?.create) changed.memberId = roster.memberId
      changed.nextDueOn = nextDueOn(dueSteps({ person: changed, steps: [...file.steps, doc] }, today))
      await write(db, doc, changed, roster)
      return doc
    },
  )
  return fileView(db, await keptFile(db, me, input.personId), true, today)
}
