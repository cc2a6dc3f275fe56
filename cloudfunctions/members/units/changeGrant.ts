import { ROLE_LABELS, type UnitGrantView } from '../../common/contract'
import type { Context } from '../../common/handler'
import type { UnitGrant } from '../../common/db/models/units'
import { changeMember } from '../changeMember'
import { assertGrantable, unitGrantViews, type GrantChange } from './grants'
import { managedUnit } from './store'

export type GrantInput = { unitId: string; memberId: string; role: UnitGrant['role'] }

/**
 * Grants or revokes (`change`) a role on a unit of the admin's subtree, for a
 * member of their subtree, with the member's history entry. A change that
 * changes nothing writes nothing. Answers who holds roles on the unit.
 */
export const changeGrant = async (
  { db, caller, now }: Context,
  input: GrantInput,
  change: GrantChange,
): Promise<UnitGrantView[]> => {
  const unit = await managedUnit(db, caller.member, input.unitId)
  assertGrantable(unit, input.role)
  const label = `${unit.name}${ROLE_LABELS[input.role]}`
  await changeMember(db, caller, now, {
    memberId: input.memberId,
    apply: (member) => {
      const update = change.apply(member, unit._id, input.role)
      if (!update) return null
      return { update, kind: 'roles', ...(change.grants ? { from: '', to: label } : { from: label, to: '' }) }
    },
  })
  return unitGrantViews(db, unit._id)
}
