import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import { managedUnit, unitsOf } from '../units/store'

/**
 * Admin: removes an empty unit of their subtree: never the root, nor a unit
 * with units below it, nor a branch that has members (of any status: their
 * records keep its id).
 */
export const deleteUnit = async ({ db, caller }: Context, input: { unitId: string }): Promise<{ deleted: string }> => {
  const unit = await managedUnit(db, caller.member, input.unitId)
  if (unit.parentId === null) throw new AppError('UNIT_ROOT_FIXED')
  const [children, members] = await Promise.all([
    unitsOf(db).where({ parentId: unit._id }).count(),
    db.collection(collections.members.name).where({ unitIds: unit._id }).count(),
  ])
  if (children.total) throw new AppError('UNIT_HAS_CHILDREN')
  if (members.total) throw new AppError('UNIT_HAS_MEMBERS')
  await unitsOf(db).doc(unit._id).remove()
  return { deleted: unit._id }
}
