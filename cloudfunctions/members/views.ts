import type { Profile, RosterEntry } from '../common/contract'
import type { MemberDoc } from '../common/db/models/members'
import type { BranchUnitDoc } from '../common/db/models/units'
import { daysToPoliticalBirthday, maskPhone, partyYears } from '../common/rules/members'

const groupName = (branch: BranchUnitDoc | undefined, groupId: string | null): string | null =>
  branch?.groups.find((group) => group.id === groupId)?.name ?? null

export const toProfile = (member: MemberDoc, branch: BranchUnitDoc | undefined, now: Date): Profile => ({
  memberId: member._id,
  name: member.name,
  phone: maskPhone(member.phone),
  branchId: member.branchId,
  branchName: branch?.name ?? '',
  groupId: member.groupId,
  groupName: groupName(branch, member.groupId),
  roles: member.roles,
  joinedOn: member.joinedOn,
  partyYears: partyYears(member.joinedOn, now),
  daysToPoliticalBirthday: daysToPoliticalBirthday(member.joinedOn, now),
  status: member.status,
})

export const toRosterEntry = (
  member: MemberDoc,
  branch: BranchUnitDoc | undefined,
  fullPhone: boolean,
): RosterEntry => ({
  memberId: member._id,
  name: member.name,
  phone: fullPhone ? member.phone : maskPhone(member.phone),
  branchId: member.branchId,
  groupId: member.groupId,
  groupName: groupName(branch, member.groupId),
  roles: member.roles,
  joinedOn: member.joinedOn,
  probationary: member.probationary === true,
  status: member.status,
  bound: Boolean(member.openid),
  boundAt: member.boundAt ? new Date(member.boundAt).toISOString() : null,
})
