import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import { isBranchUnit, treeOrder, type BranchUnitDoc, type UnitDoc } from '../common/db/models/units'
import { grantedUnitIds, readsUnit } from '../common/rules/access'

const unitsOf = (db: Database) => db.collection<UnitDoc>(collections.units.name)

/** The units the caller's leader and admin grants name; null when one of those roles reaches the whole tree. */
const grantScope = (member: MemberDoc): string[] | null => {
  const roles = (['leader', 'admin'] as const).filter((role) => member.roles.includes(role))
  const scopes = roles.map((role) => grantedUnitIds(member, role))
  return scopes.includes(null) ? null : [...new Set(scopes.flat() as string[])]
}

/** The granted units and everything below them (one indexed request), or the whole tree. */
const unitsInScope = async (db: Database, scope: string[] | null): Promise<UnitDoc[]> => {
  const _ = db.command
  const query = scope ? unitsOf(db).where(_.or([{ _id: _.in(scope) }, { ancestors: _.in(scope) }])) : unitsOf(db)
  return (await query.limit(1000).get()).data
}

/** Names of the given units (the ancestors above a subtree). */
const unitNames = async (db: Database, ids: readonly string[], known: readonly UnitDoc[]) => {
  const names = new Map(known.map((unit) => [unit._id, unit.name]))
  const missing = [...new Set(ids)].filter((id) => !names.has(id))
  if (missing.length) {
    const { data } = await unitsOf(db)
      .where({ _id: db.command.in(missing) })
      .limit(1000)
      .get()
    for (const unit of data) names.set(unit._id, unit.name)
  }
  return names
}

export interface ReachedLeaf {
  branch: BranchUnitDoc
  /** Names of the units between the top of the tree (excluded) and the branch (excluded). */
  path: string[]
}

/**
 * The leaf units (党支部, 临时党支部) the caller reaches as a leader or admin,
 * in tree order, each with its path of unit names: a subtree leader gets the
 * branches below their grants, a leader without grants every branch.
 */
export const reachedLeaves = async (db: Database, member: MemberDoc): Promise<ReachedLeaf[]> => {
  const units = await unitsInScope(db, grantScope(member))
  const leaves = treeOrder(units)
    .filter(isBranchUnit)
    .filter((unit) => readsUnit(member, unit))
  const names = await unitNames(
    db,
    leaves.flatMap((leaf) => leaf.ancestors),
    units,
  )
  return leaves.map((branch) => ({
    branch,
    path: branch.ancestors.slice(1).map((id) => names.get(id) ?? id),
  }))
}
