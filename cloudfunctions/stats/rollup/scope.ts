import type { UnitRef } from '../../common/contract/stats'
import type { Database } from '../../common/db/database'
import type { MemberDoc } from '../../common/db/models/members'
import type { UnitDoc } from '../../common/db/models/units'
import { AppError } from '../../common/errors'
import { readsUnit } from '../../common/rules/access'
import { childUnits, isBranch, unitsByIds } from './tree'
import { findUnit } from '../../common/db/units'

/** The highest unit the caller's leader or admin grants name (the first of equals); none: no grant. */
const highestGranted = async (db: Database, member: MemberDoc): Promise<UnitDoc | null> => {
  const ids = (member.grants ?? [])
    .filter((grant) => grant.role !== 'secretary' && member.roles.includes(grant.role))
    .map((grant) => grant.unitId)
  const units = await unitsByIds(db, ids)
  const ranked = units.sort(
    (a, b) => a.ancestors.length - b.ancestors.length || ids.indexOf(a._id) - ids.indexOf(b._id),
  )
  return ranked[0] ?? null
}

/** The top of the tree when it is one 党委; null when several units (or bare branches) share the top. */
const topUnit = async (db: Database): Promise<UnitDoc | null> => {
  const tops = await childUnits(db, null)
  return tops.length === 1 && !isBranch(tops[0]) ? tops[0] : null
}

/**
 * The unit a dashboard shows: the one asked for, if the caller reaches it
 * (else answered like a unit that does not exist), by default the highest
 * unit the caller leads; null is the whole organisation above several tops.
 */
export const dashboardUnit = async (db: Database, member: MemberDoc, unitId?: string): Promise<UnitDoc | null> => {
  if (unitId === undefined) return (await highestGranted(db, member)) ?? topUnit(db)
  const unit = await findUnit(db, unitId)
  if (!unit || !readsUnit(member, unit)) throw new AppError('STATS_UNIT_NOT_FOUND')
  return unit
}

/** The breadcrumb: the unit's ancestors the caller reaches, then the unit. */
export const breadcrumb = async (db: Database, member: MemberDoc, unit: UnitDoc | null): Promise<UnitRef[]> => {
  if (!unit) return []
  const above = await unitsByIds(db, unit.ancestors)
  const reached = unit.ancestors
    .map((id) => above.find((item) => item._id === id))
    .filter((item): item is UnitDoc => !!item && readsUnit(member, item))
  return [...reached, unit].map((item) => ({ unitId: item._id, name: item.name }))
}
