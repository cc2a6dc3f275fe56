import type { DevelopmentPersonDoc } from '../common/db/models/development'
import type { MemberDoc } from '../common/db/models/members'

/** A write to one roster entry: a new one (`set`) or fields of an existing one (`update`). */
export interface RosterChange {
  memberId: string
  create: boolean
  data: Partial<MemberDoc>
}

/** The roster entry of an approved 预备党员: `m` + the file's id, so a retried approval writes the same entry. */
const memberIdOf = (person: DevelopmentPersonDoc): string => `m${person._id.slice(1)}`

const newMember = (person: DevelopmentPersonDoc, now: Date): Omit<MemberDoc, '_id'> => ({
  name: person.name,
  phone: person.phone,
  branchId: person.branchId,
  unitIds: person.unitIds,
  groupId: null,
  roles: [],
  joinedOn: person.joinedOn ?? person.appliedOn,
  probationary: true,
  status: 'active',
  openid: null,
  boundAt: null,
  createdAt: now,
})

/**
 * What a step changes on the roster: approval adds the 预备党员 (入党日期 =
 * the 支部大会's date); 转正 makes them a voting 正式党员. Null: no change
 * (also when a 预备党员 has meanwhile left the branch's active roster).
 */
export const rosterChange = (
  before: DevelopmentPersonDoc,
  after: DevelopmentPersonDoc,
  branchMembers: readonly MemberDoc[],
  now: Date,
): RosterChange | null => {
  if (before.stage !== 'probationary' && after.stage === 'probationary')
    return { memberId: memberIdOf(after), create: true, data: newMember(after, now) }
  const onRoster = branchMembers.some((member) => member._id === before.memberId)
  if (before.stage === 'probationary' && after.stage === 'full' && before.memberId && onRoster)
    return { memberId: before.memberId, create: false, data: { probationary: false } }
  return null
}
