import { ROLE_LABELS, type Role, type RosterEntry } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import type { MemberDoc } from '../../common/db/models/members'
import { administersOrganisation } from '../../common/rules/access'
import { normaliseRoles } from '../../common/rules/members'
import { changeMember } from '../changeMember'

const describe = (roles: readonly Role[]) => roles.map((role) => ROLE_LABELS[role]).join('、')

const OVERSIGHT: readonly Role[] = ['leader', 'admin']

/**
 * Leader and admin given here reach the whole organisation (no grant), so
 * only an admin of the whole tree changes them; a subtree's admin grants them
 * on a unit (grantRole). A role taken away takes its grants with it.
 */
const assertMayChange = (caller: MemberDoc, member: MemberDoc, roles: readonly Role[]) => {
  const changes = OVERSIGHT.some((role) => member.roles.includes(role) !== roles.includes(role))
  if (changes && !administersOrganisation(caller))
    throw new AppError('FORBIDDEN', '只有党委的党务管理员可以设置领导或管理员，请在组织架构中按组织授予')
}

export const setRoles = (
  { db, caller, now }: Context,
  input: { memberId: string; roles: Role[] },
): Promise<RosterEntry> =>
  changeMember(db, caller, now, {
    memberId: input.memberId,
    apply: (member) => {
      const roles = normaliseRoles(input.roles)
      assertMayChange(caller.member, member, roles)
      const grants = (member.grants ?? []).filter((grant) => roles.includes(grant.role))
      return { update: { roles, grants }, kind: 'roles', from: describe(member.roles), to: describe(roles) }
    },
  })
