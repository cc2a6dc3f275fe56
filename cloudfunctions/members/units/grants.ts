import type { UnitGrantView } from '../../common/contract'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { MemberDoc } from '../../common/db/models/members'
import { isBranchUnit, type UnitDoc, type UnitGrant } from '../../common/db/models/units'
import { normaliseRoles } from '../../common/rules/members'

/**
 * Grants of a role on a unit. A leader or admin role stands for "the whole
 * organisation" while it has no grant, so the grant math keeps two rules: a
 * whole-organisation role is never narrowed by a grant, and taking away the
 * last grant of a role takes the role away too (never widening it).
 */

type Role = UnitGrant['role']

/** A branch's secretary is set in the roster; a unit secretary is for 党委 and 党总支. */
export const assertGrantable = (unit: UnitDoc, role: Role): void => {
  if (role === 'secretary' && isBranchUnit(unit)) throw new AppError('UNIT_GRANT_INVALID')
}

const grantsOf = (member: MemberDoc, role: Role) => (member.grants ?? []).filter((grant) => grant.role === role)

/** A leader's or admin's role without grants reaches everything already. */
const reachesAll = (member: MemberDoc, role: Role) =>
  role !== 'secretary' && member.roles.includes(role) && !grantsOf(member, role).length

/** The member's roles and grants with `role` granted on `unitId`; null when nothing changes. */
const withGrant = (member: MemberDoc, unitId: string, role: Role): Change => {
  const grants = member.grants ?? []
  if (reachesAll(member, role) || grants.some((grant) => grant.role === role && grant.unitId === unitId)) return null
  const roles = role === 'secretary' ? member.roles : normaliseRoles([...member.roles, role])
  return { roles, grants: [...grants, { role, unitId }] }
}

/** The member's roles and grants without `role` on `unitId`; null when they hold no such grant. */
const withoutGrant = (member: MemberDoc, unitId: string, role: Role): Change => {
  const grants = member.grants ?? []
  const kept = grants.filter((grant) => grant.role !== role || grant.unitId !== unitId)
  if (kept.length === grants.length) return null
  const lastOfRole = role !== 'secretary' && !kept.some((grant) => grant.role === role)
  return { roles: lastOfRole ? member.roles.filter((held) => held !== role) : member.roles, grants: kept }
}

type Change = Pick<MemberDoc, 'roles' | 'grants'> | null

/** One way to change a member's grants: `grants` says whether it adds (grant) or takes away (revoke). */
export interface GrantChange {
  grants: boolean
  apply: (member: MemberDoc, unitId: string, role: Role) => Change
}

export const granting: GrantChange = { grants: true, apply: (member, unitId, role) => withGrant(member, unitId, role) }
export const revoking: GrantChange = {
  grants: false,
  apply: (member, unitId, role) => withoutGrant(member, unitId, role),
}

/** Who holds a role granted on the unit itself (at most 1,000: a unit has a handful). */
export const unitGrantViews = async (db: Database, unitId: string): Promise<UnitGrantView[]> => {
  const { data } = await db
    .collection<MemberDoc>(collections.members.name)
    .where({ 'grants.unitId': unitId })
    .limit(1000)
    .get()
  return data.flatMap((member) =>
    (member.grants ?? [])
      .filter((grant) => grant.unitId === unitId)
      .map((grant) => ({ memberId: member._id, name: member.name, role: grant.role })),
  )
}
