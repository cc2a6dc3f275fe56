import { collections } from './collections'
import type { Database } from './database'
import type { MemberDoc } from './models/members'
import { homePlace, type Place, type UnitDoc } from './models/units'

/** Reads of the organisation tree that several functions share. */

const units = (db: Database) => db.collection<UnitDoc>(collections.units.name)

export const findUnit = async (db: Database, unitId: string): Promise<UnitDoc | null> => {
  const { data } = await units(db).where({ _id: unitId }).limit(1).get()
  return data[0] ?? null
}

/** The top of the tree (the 党委 or 集团党委): the unit without a parent. */
export const findRoot = async (db: Database): Promise<UnitDoc | null> => {
  const { data } = await units(db).where({ parentId: null }).orderBy('order', 'asc').limit(1).get()
  return data[0] ?? null
}

/**
 * THE way a record's `branchId` becomes a place for the access rules. The
 * unit is read only when the answer can depend on where it hangs: the
 * caller's own branch is their `unitIds`, and a caller without any grant has
 * no subtree to be inside (their answer depends on the branch id alone). A
 * branch that does not exist hangs nowhere: no grant reaches it.
 */
export const placeOf = async (db: Database, caller: MemberDoc, branchId: string): Promise<Place> => {
  if (branchId === caller.branchId) return homePlace(caller)
  if (!caller.grants?.length) return { _id: branchId, ancestors: [] }
  const unit = await findUnit(db, branchId)
  return { _id: branchId, ancestors: unit?.ancestors ?? [] }
}

/** The places of several branches (one read for all of them, none when the caller has no grant). */
export const placesOf = async (
  db: Database,
  caller: MemberDoc,
  branchIds: readonly string[],
): Promise<Map<string, Place>> => {
  const ids = [...new Set(branchIds)]
  const needsRead = caller.grants?.length ? ids.filter((id) => id !== caller.branchId) : []
  const { data } = needsRead.length
    ? await units(db)
        .where({ _id: db.command.in(needsRead) })
        .limit(1000)
        .get()
    : { data: [] }
  const known = new Map(data.map((unit) => [unit._id, unit.ancestors]))
  return new Map(
    ids.map((id) => [id, id === caller.branchId ? homePlace(caller) : { _id: id, ancestors: known.get(id) ?? [] }]),
  )
}
