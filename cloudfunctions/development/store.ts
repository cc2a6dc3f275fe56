import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { DevelopmentPersonDoc, DevelopmentStepDoc } from '../common/db/models/development'
import type { MemberDoc } from '../common/db/models/members'
import { placeOf } from '../common/db/units'
import { AppError } from '../common/errors'
import { managesBranch, readsUnit, sitsOnCommittee, visibleOrMissing } from '../common/rules/access'
import type { PersonFile } from './rules/file'

/** The development function's collections and reads. */

export const peopleOf = (db: Database) => db.collection<DevelopmentPersonDoc>(collections.developmentPeople.name)
export const stepDocsOf = (db: Database) => db.collection<DevelopmentStepDoc>(collections.developmentSteps.name)

/** The branch committee and the leaders and admins above the branch read its files; the secretary keeps them. */
export const readsFiles = async (db: Database, member: MemberDoc, branchId: string): Promise<boolean> =>
  sitsOnCommittee(member, branchId) || readsUnit(member, await placeOf(db, member, branchId))

/** A file the caller may read, with its steps in date order; any other answers as missing. */
export const readableFile = async (db: Database, member: MemberDoc, personId: string): Promise<PersonFile> => {
  const [{ data: people }, { data: steps }] = await Promise.all([
    peopleOf(db).where({ _id: personId }).limit(1).get(),
    stepDocsOf(db).where({ personId }).orderBy('on', 'asc').orderBy('at', 'asc').limit(1000).get(),
  ])
  const person = people[0]
  const readable = !!person && (await readsFiles(db, member, person.branchId))
  return { person: visibleOrMissing('developmentFile', person, () => readable), steps }
}

/** A file the caller keeps: the branch's secretary. Others who may read it are told they may not. */
export const keptFile = async (db: Database, member: MemberDoc, personId: string): Promise<PersonFile> => {
  const file = await readableFile(db, member, personId)
  if (!managesBranch(member, file.person.branchId)) throw new AppError('FORBIDDEN', '只有本支部书记可以办理入党档案')
  return file
}
