import type { UnitView } from '@contract'
import type { UnitKind } from '@contract/common'

/** A unit as a line of the 组织架构 list: indented by its depth below the highest unit shown. */
export type UnitLine = UnitView & { depth: number }

/** The listed units (depth first, as listUnits returns them) with their depth below the shallowest one. */
export const unitLines = (units: readonly UnitView[]): UnitLine[] => {
  const top = Math.min(...units.map((unit) => unit.ancestors.length))
  return units.map((unit) => ({ ...unit, depth: unit.ancestors.length - top }))
}

/** Only 党委 and 党总支 hold other units; 党支部 and 临时党支部 are leaves. */
export const holdsUnits = (kind: UnitKind): boolean => kind === 'committee' || kind === 'general'

/** Where `unit` may be moved: a 党委 or 党总支 the admin manages, not the unit itself, below it or its parent now. */
export const moveTargets = (units: readonly UnitView[], unit: UnitView): UnitView[] =>
  units.filter(
    (candidate) =>
      candidate.canManage &&
      holdsUnits(candidate.kind) &&
      candidate.id !== unit.id &&
      candidate.id !== unit.parentId &&
      !candidate.ancestors.includes(unit.id),
  )

/**
 * The order of `unit`'s siblings with it moved one place up (-1) or down (+1),
 * or null when it is already first / last or its parent is not managed here.
 */
export const shiftedOrder = (units: readonly UnitView[], unit: UnitView, step: -1 | 1): string[] | null => {
  const parent = units.find((candidate) => candidate.id === unit.parentId)
  if (!parent?.canManage) return null
  const siblings = units
    .filter((candidate) => candidate.parentId === unit.parentId)
    .sort((a, b) => a.order - b.order)
    .map((sibling) => sibling.id)
  const from = siblings.indexOf(unit.id)
  const to = from + step
  if (to < 0 || to >= siblings.length) return null
  ;[siblings[from], siblings[to]] = [siblings[to], siblings[from]]
  return siblings
}
