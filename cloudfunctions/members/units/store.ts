import type { UnitView } from '../../common/contract'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { MemberDoc } from '../../common/db/models/members'
import { treeOrder, type UnitDoc } from '../../common/db/models/units'
import { findUnit } from '../../common/db/units'
import { administers, missing, readsUnit } from '../../common/rules/access'

/** Reads and checks the units admin's actions share. */

export const unitsOf = (db: Database) => db.collection<UnitDoc>(collections.units.name)

/** A unit the admin maintains (theirs or below); any other answers like a missing id. */
export const managedUnit = async (db: Database, admin: MemberDoc, unitId: string): Promise<UnitDoc> => {
  const unit = await findUnit(db, unitId)
  if (!unit || !administers(admin, unit)) throw missing('unit')
  return unit
}

/** A parent's children by their order (a parent has far fewer than 1,000). */
export const childrenOf = async (db: Database, parentId: string | null): Promise<UnitDoc[]> => {
  const { data } = await unitsOf(db).where({ parentId }).orderBy('order', 'asc').limit(1000).get()
  return data
}

/** Units hold other units only above the branches: a 党支部 or 临时党支部 is a leaf. */
export const assertHoldsUnits = (parent: UnitDoc): void => {
  if (parent.kind === 'branch' || parent.kind === 'temporary') throw new AppError('UNIT_PARENT_INVALID')
}

/** Siblings have different names, so a path (「二分公司党委/第三支部」) names one unit. */
export const assertNameFree = (siblings: readonly UnitDoc[], name: string, self?: string): void => {
  if (siblings.some((sibling) => sibling._id !== self && sibling.name === name)) throw new AppError('UNIT_NAME_TAKEN')
}

/** The next order among siblings: after the last one. */
export const nextOrder = (siblings: readonly UnitDoc[]): number =>
  siblings.reduce((max, sibling) => Math.max(max, sibling.order), 0) + 1

export const toUnitView = (unit: UnitDoc, viewer: MemberDoc): UnitView => ({
  id: unit._id,
  kind: unit.kind,
  name: unit.name,
  parentId: unit.parentId,
  ancestors: [...unit.ancestors],
  order: unit.order,
  canManage: administers(viewer, unit),
})

/** Every unit the viewer oversees, depth first. */
export const overseenUnits = async (db: Database, viewer: MemberDoc): Promise<UnitDoc[]> => {
  const { data } = await unitsOf(db).orderBy('order', 'asc').limit(1000).get()
  return treeOrder(data).filter((unit) => readsUnit(viewer, unit))
}
