import { isBranchUnit, type BranchUnitDoc, type UnitDoc } from '../../common/db/models/units'

/**
 * A roster row names its branch by unit path, 「二分公司党委/第三支部」 (also
 * with ／ or ›, and with or without the root's name in front), or by the
 * branch's name alone when no other branch has it.
 */
const SEPARATOR = /\s*[/／›]\s*/

const key = (names: readonly string[]) => names.join('/')

/** Every way a row may name each branch: its path below the root, the same with the root, its bare name. */
export const branchNames = (units: readonly UnitDoc[]): Map<string, BranchUnitDoc[]> => {
  const byId = new Map(units.map((unit) => [unit._id, unit]))
  const names = new Map<string, BranchUnitDoc[]>()
  const add = (name: string, branch: BranchUnitDoc) => names.set(name, [...(names.get(name) ?? []), branch])
  for (const branch of units.filter(isBranchUnit)) {
    const path = [...branch.ancestors.map((id) => byId.get(id)?.name ?? id), branch.name]
    add(key(path), branch)
    if (path.length > 1) add(key(path.slice(1)), branch)
    if (path.length > 2) add(branch.name, branch)
  }
  return names
}

/** The branch a cell names, or why it names none (unknown, or a bare name two branches share). */
export const branchAt = (
  names: ReadonlyMap<string, readonly BranchUnitDoc[]>,
  cell: string,
): { branch: BranchUnitDoc } | { problem: string } => {
  const found = names.get(key(cell.split(SEPARATOR).filter(Boolean))) ?? []
  if (found.length === 1) return { branch: found[0] }
  if (found.length > 1) return { problem: `有多个「${cell}」，请写出完整路径，如「二分公司党委/第三支部」` }
  return { problem: `支部「${cell || '（空）'}」不存在` }
}
