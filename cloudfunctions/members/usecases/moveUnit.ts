import type { UnitView } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { isWithin, pathIds, type UnitDoc, type UnitHistoryDoc } from '../../common/db/models/units'
import {
  assertHoldsUnits,
  assertNameFree,
  childrenOf,
  managedUnit,
  nextOrder,
  toUnitView,
  unitsOf,
} from '../units/store'

/** Why the unit cannot hang under `parent`, checked before anything is written. */
const assertMayMove = (unit: UnitDoc, parent: UnitDoc) => {
  if (unit.parentId === null) throw new AppError('UNIT_ROOT_FIXED')
  if (isWithin(parent, unit._id)) throw new AppError('UNIT_MOVE_CYCLE')
  assertHoldsUnits(parent)
}

/**
 * Replaces the path prefix `from` by `to` in `field` of every document whose
 * path holds `unitId`: two bulk updates (the cloud database has no prefix
 * rewrite), the old ancestors pulled, then the new ones put in front. The
 * ids of a path are distinct, so pulling cannot touch the part below the unit.
 */
const rewritePaths = async (
  db: Database,
  name: string,
  field: string,
  unitId: string,
  from: string[],
  to: string[],
) => {
  const _ = db.command
  if (from.length)
    await db
      .collection(name)
      .where({ [field]: unitId })
      .update({ data: { [field]: _.pullAll(from) } })
  if (to.length)
    await db
      .collection(name)
      .where({ [field]: unitId })
      .update({ data: { [field]: _.push({ each: to, position: 0 }) } })
}

/**
 * Admin: hangs a unit and its whole subtree under another 党委 or 党总支 of
 * their subtree, last among its new siblings. The move is recorded in
 * unitHistory first; the ancestors of every unit below and the `unitIds` of
 * every member below are rewritten by bulk updates, never document by
 * document. Records keep their `branchId` and finished periods' snapshots are
 * per branch, so figures already compiled do not change.
 */
export const moveUnit = async (
  { db, caller, now }: Context,
  input: { unitId: string; parentId: string },
): Promise<UnitView> => {
  const [unit, parent] = await Promise.all([
    managedUnit(db, caller.member, input.unitId),
    managedUnit(db, caller.member, input.parentId),
  ])
  assertMayMove(unit, parent)
  if (unit.parentId === parent._id) return toUnitView(unit, caller.member)
  const siblings = await childrenOf(db, parent._id)
  assertNameFree(siblings, unit.name)
  const ancestors = pathIds(parent)
  const history: UnitHistoryDoc = {
    unitId: unit._id,
    at: now,
    by: caller.member._id,
    fromParentId: unit.parentId,
    toParentId: parent._id,
    fromAncestors: unit.ancestors,
  }
  await db.collection(collections.unitHistory.name).add({ data: history })
  const moved = { ...unit, parentId: parent._id, ancestors, order: nextOrder(siblings) }
  await unitsOf(db)
    .doc(unit._id)
    .update({ data: { parentId: moved.parentId, ancestors, order: moved.order } })
  await Promise.all([
    rewritePaths(db, collections.units.name, 'ancestors', unit._id, unit.ancestors, ancestors),
    rewritePaths(db, collections.members.name, 'unitIds', unit._id, unit.ancestors, ancestors),
  ])
  return toUnitView(moved, caller.member)
}
