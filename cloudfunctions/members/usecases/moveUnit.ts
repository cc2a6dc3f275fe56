import type { UnitView } from '../../common/contract'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import { isWithin, pathIds, type UnitDoc, type UnitHistoryDoc, type UnitMove } from '../../common/db/models/units'
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

/** The paths (`field`) that still start with `from` and then the unit: `{ 'ancestors.0': 'org', 'ancestors.1': 'u-c1', 'ancestors.2': unitId }`. */
const startingWith = (field: string, from: readonly string[], unitId: string) =>
  Object.fromEntries([...from, unitId].map((id, index) => [`${field}.${index}`, id]))

/**
 * Replaces the path prefix `from` by `to` in `field` of every document whose
 * path holds `unitId`, by two bulk updates (the cloud database has no prefix
 * rewrite): the old ancestors pulled from the paths that still start with
 * them, then the new ones put in front of the paths that start with the unit.
 * Each update touches only the documents still in the state it expects, so
 * running both again after an interruption completes the rewrite and changes
 * nothing already rewritten. The ids of a path are distinct, so pulling
 * cannot touch the part below the unit.
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
  await db
    .collection(name)
    .where(startingWith(field, from, unitId))
    .update({ data: { [field]: _.pullAll(from) } })
  await db
    .collection(name)
    .where({ [`${field}.0`]: unitId })
    .update({ data: { [field]: _.push({ each: to, position: 0 }) } })
}

/**
 * Applies a recorded move below the unit and files it in unitHistory (one
 * entry per move: its id is the unit and the time of the move), then clears
 * the record. Safe to run again at any point.
 */
const applyMove = async (db: Database, unit: UnitDoc, move: UnitMove): Promise<void> => {
  await Promise.all([
    rewritePaths(db, collections.units.name, 'ancestors', unit._id, move.fromAncestors, unit.ancestors),
    rewritePaths(db, collections.members.name, 'unitIds', unit._id, move.fromAncestors, unit.ancestors),
  ])
  const history: UnitHistoryDoc = {
    unitId: unit._id,
    at: move.at,
    by: move.by,
    fromParentId: move.fromParentId,
    toParentId: unit.parentId,
    fromAncestors: move.fromAncestors,
  }
  await db
    .collection(collections.unitHistory.name)
    .doc(`${unit._id}:${new Date(move.at).getTime()}`)
    .set({ data: history })
  await unitsOf(db)
    .doc(unit._id)
    .update({ data: { moving: null } })
}

/**
 * Admin: hangs a unit and its whole subtree under another 党委 or 党总支 of
 * their subtree, last among its new siblings. The move is recorded on the
 * unit first (its new place and where it hung before), then applied below it:
 * the ancestors of every unit below and the `unitIds` of every member below
 * are rewritten by bulk updates, never document by document. A call that
 * finds an unfinished move of the unit completes it first, so repeating an
 * interrupted call finishes it. Records keep their `branchId` and finished
 * periods' snapshots are per branch, so figures already compiled do not change.
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
  if (unit.moving) await applyMove(db, unit, unit.moving)
  if (unit.parentId === parent._id) return toUnitView(unit, caller.member)
  const siblings = await childrenOf(db, parent._id)
  assertNameFree(siblings, unit.name)
  const move: UnitMove = { at: now, by: caller.member._id, fromParentId: unit.parentId, fromAncestors: unit.ancestors }
  const moved = { ...unit, parentId: parent._id, ancestors: pathIds(parent), order: nextOrder(siblings) }
  await unitsOf(db)
    .doc(unit._id)
    .update({
      data: { parentId: moved.parentId, ancestors: moved.ancestors, order: moved.order, moving: db.command.set(move) },
    })
  await applyMove(db, moved, move)
  return toUnitView(moved, caller.member)
}
