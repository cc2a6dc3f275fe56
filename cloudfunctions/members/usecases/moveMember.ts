import type { RosterEntry } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { findBranch, listBranchDocs } from '../../common/db/members'
import { changeMember } from '../changeMember'
import { administers } from '../../common/rules/access'
import { pathIds } from '../../common/db/models/units'

/** Moves a member to another branch of the admin's subtree (and group); branch roles stay with the old branch, so they are dropped. */
export const moveMember = async (
  { db, caller, now }: Context,
  input: { memberId: string; branchId: string; groupId?: string | null },
): Promise<RosterEntry> => {
  const target = await findBranch(db, input.branchId)
  if (!target || !administers(caller.member, target)) throw new AppError('NOT_FOUND', '目标支部不存在')
  const groupId = input.groupId ?? null
  if (groupId && !target.groups.some((group) => group.id === groupId))
    throw new AppError('INVALID_INPUT', '该党小组不属于目标支部')
  const branchNames = new Map((await listBranchDocs(db)).map((branch) => [branch._id, branch.name]))
  return changeMember(db, caller, now, {
    memberId: input.memberId,
    apply: (member) => ({
      update: {
        branchId: target._id,
        unitIds: pathIds(target),
        groupId,
        roles: member.roles.filter((role) => role !== 'secretary' && role !== 'committee'),
      },
      kind: 'branch',
      from: branchNames.get(member.branchId) ?? member.branchId,
      to: target.name,
    }),
  })
}
