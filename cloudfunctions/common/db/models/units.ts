import type { UnitKind } from '../../contract/common'
import type { GroupDoc, MemberDoc } from './members'

/**
 * The organisation tree (DESIGN.md § Organisation): 党委 at the top and as
 * 二级党委, 党总支 between, 党支部 as the leaves where members belong, and
 * 临时党支部 on projects (members keep their home branch and are expected at
 * its events too).
 */
export type { UnitKind }

/**
 * One unit of the tree, in the `units` collection. `ancestors` holds the ids
 * from the root down to the parent (not the unit itself), so a subtree is one
 * indexed query, `where({ ancestors: unitId })`, and "is X inside U" needs no
 * walk. A move rewrites `parentId` and `ancestors` of the unit and of
 * everything below it; `unitHistory` keeps where it was before.
 */
export interface UnitDoc {
  _id: string
  kind: UnitKind
  name: string
  parentId: string | null
  ancestors: string[]
  /** Position among its siblings. */
  order: number
  /** 党小组: branches only, `[]` elsewhere. */
  groups: GroupDoc[]
  createdAt: Date
  /**
   * A move not yet applied below the unit (moveUnit writes it first and
   * clears it last; a repeated call finishes it). `parentId` and `ancestors`
   * are already the new ones.
   */
  moving?: UnitMove | null
}

/** Where a moving unit hung before, and who moved it when. */
export interface UnitMove {
  at: Date
  by: string
  fromParentId: string | null
  fromAncestors: string[]
}

/** A unit members belong to: a 党支部 (home) or a 临时党支部 (project). */
export type BranchUnitDoc = UnitDoc & { kind: 'branch' | 'temporary' }

/**
 * A role granted on a unit: it reaches the unit and its whole subtree. A
 * `secretary` grant on a 党总支 or 二级党委 carries that unit's own
 * secretary-level duties (its meetings, its notices). A branch secretary
 * needs no grant: `roles` + `branchId` say it, as before the tree.
 */
export interface UnitGrant {
  role: 'leader' | 'admin' | 'secretary'
  unitId: string
}

/** One move of a unit: where it hung before, for history and finished periods. */
export interface UnitHistoryDoc {
  _id?: string
  unitId: string
  at: Date
  by: string
  fromParentId: string | null
  toParentId: string | null
  fromAncestors: string[]
}

/** The ids from the root down to the unit itself: what a member of this branch carries as `unitIds`. */
export const pathIds = (unit: Pick<UnitDoc, '_id' | 'ancestors'>): string[] => [...unit.ancestors, unit._id]

/** Whether `unit` is `scopeId` or lies below it. */
export const isWithin = (unit: Pick<UnitDoc, '_id' | 'ancestors'>, scopeId: string): boolean =>
  unit._id === scopeId || unit.ancestors.includes(scopeId)

export const isBranchUnit = (unit: UnitDoc): unit is BranchUnitDoc =>
  unit.kind === 'branch' || unit.kind === 'temporary'

/** Units (any order) depth first: each parent before its children, siblings by `order`. */
export const treeOrder = <U extends Pick<UnitDoc, '_id' | 'parentId' | 'order'>>(units: readonly U[]): U[] => {
  const children = new Map<string | null, U[]>()
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit])
  const known = new Set(units.map((unit) => unit._id))
  const roots = units.filter((unit) => unit.parentId === null || !known.has(unit.parentId))
  const walk = (level: readonly U[]): U[] =>
    [...level].sort((a, b) => a.order - b.order).flatMap((unit) => [unit, ...walk(children.get(unit._id) ?? [])])
  return walk(roots)
}

/** A new unit hung under `parent` (null: a root), its `ancestors` taken from the parent's path. */
export const unitUnder = <K extends UnitKind>(
  parent: Pick<UnitDoc, '_id' | 'ancestors'> | null,
  fields: { _id: string; kind: K; name: string; order: number; groups?: GroupDoc[] },
  createdAt: Date,
): UnitDoc & { kind: K } => ({
  groups: [],
  ...fields,
  parentId: parent?._id ?? null,
  ancestors: parent ? pathIds(parent) : [],
  createdAt,
})

/**
 * Where a branch (or any unit) hangs in the tree: all an access rule needs to
 * know of it. Use cases get a record's from `placeOf` (common/db/units.ts).
 */
export type Place = Pick<UnitDoc, '_id' | 'ancestors'>

/** A member's home branch as a place: their `unitIds` are its path. */
export const homePlace = (member: Pick<MemberDoc, 'branchId' | 'unitIds'>): Place => ({
  _id: member.branchId,
  ancestors: member.unitIds.slice(0, -1),
})

/** The tree's root as a place: every member's path starts there. */
export const rootPlace = (member: Pick<MemberDoc, 'branchId' | 'unitIds'>): Place => ({
  _id: member.unitIds[0] ?? member.branchId,
  ancestors: [],
})

/** The place of `unitId`, read off a unit at or below it (whose ancestors hold the path). */
export const placeAbove = (below: Place, unitId: string): Place =>
  below._id === unitId ? below : { _id: unitId, ancestors: below.ancestors.slice(0, below.ancestors.indexOf(unitId)) }
