import type { GroupDoc } from './members'

/**
 * The organisation tree (DESIGN.md § Organisation): 党委 at the top and as
 * 二级党委, 党总支 between, 党支部 as the leaves where members belong, and
 * 临时党支部 on projects (members keep their home branch and are expected at
 * its events too).
 */
export type UnitKind = 'committee' | 'general' | 'branch' | 'temporary'

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
