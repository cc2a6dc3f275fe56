import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { BranchUnitDoc, UnitDoc } from '../../common/db/models/units'

/**
 * The statistics' own reads of the organisation tree (`units`). A 临时党支部
 * is left out of every roll-up: its members are counted in their home branch.
 */
const PAGE = 1000

const unitsOf = (db: Database) => db.collection<UnitDoc>(collections.units.name)

const counted = (unit: UnitDoc) => unit.kind !== 'temporary'

export const isBranch = (unit: UnitDoc): unit is BranchUnitDoc => unit.kind === 'branch'

/** The units with these ids (a path, a caller's grants: a handful). */
export const unitsByIds = async (db: Database, ids: readonly string[]): Promise<UnitDoc[]> => {
  if (!ids.length) return []
  const { data } = await unitsOf(db)
    .where({ _id: db.command.in([...ids]) })
    .limit(PAGE)
    .get()
  return data
}

/** The units hanging directly under `parentId` (null: the top), in their order; index parent_order. */
export const childUnits = async (db: Database, parentId: string | null): Promise<UnitDoc[]> => {
  const { data } = await unitsOf(db).where({ parentId }).orderBy('order', 'asc').limit(PAGE).get()
  return data.filter(counted)
}

/** Every unit below `rootId` (not itself), page by page; null: the whole tree. Index ancestors_kind_order. */
export const unitsBelow = async (db: Database, rootId: string | null): Promise<UnitDoc[]> => {
  const found: UnitDoc[] = []
  let after = ''
  for (;;) {
    const { data } = await unitsOf(db)
      .where(rootId ? { ancestors: rootId, _id: db.command.gt(after) } : { _id: db.command.gt(after) })
      .orderBy('_id', 'asc')
      .limit(PAGE)
      .get()
    found.push(...data)
    if (data.length < PAGE) return found.filter(counted)
    after = data[data.length - 1]._id
  }
}
