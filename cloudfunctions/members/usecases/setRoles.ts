import { ROLE_LABELS, type Role, type RosterEntry } from '../../common/contract'
import type { Context } from '../../common/handler'
import { normaliseRoles } from '../../common/rules/members'
import { changeMember } from '../changeMember'

const describe = (roles: readonly Role[]) => roles.map((role) => ROLE_LABELS[role]).join('、')

export const setRoles = (
  { db, caller, now }: Context,
  input: { memberId: string; roles: Role[] },
): Promise<RosterEntry> =>
  changeMember(db, caller, now, {
    memberId: input.memberId,
    apply: (member) => {
      const roles = normaliseRoles(input.roles)
      return { update: { roles }, kind: 'roles', from: describe(member.roles), to: describe(roles) }
    },
  })
