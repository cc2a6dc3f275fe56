import { ROLE_LABELS, type Role, type RosterRowError } from '../../common/contract'
import type { MemberDoc } from '../../common/db/models/members'
import { pathIds, type BranchUnitDoc } from '../../common/db/models/units'
import { normaliseRoles } from '../../common/rules/members'
import { dayjs, inZone } from '../../common/time'
import { ROSTER_HEADER, type RawRow } from './parseRoster'
import { branchAt } from './unitPaths'

export type NewMember = Omit<MemberDoc, '_id' | 'createdAt'>

const roleByLabel = new Map<string, Role>(
  Object.entries(ROLE_LABELS).map(([role, label]) => [label, role as Role] as [string, Role]),
)

interface RosterContext {
  /** How rows may name the branches they may import into (unitPaths.ts). */
  branches: ReadonlyMap<string, readonly BranchUnitDoc[]>
  existingPhones: Set<string>
  now: Date
}

const parseRoles = (cell: string): Role[] | string => {
  const labels = cell.split(/[、,，;；\s]+/).filter(Boolean)
  const unknown = labels.filter((label) => !roleByLabel.has(label))
  if (unknown.length) return `未知角色「${unknown.join('、')}」，可选：${Object.values(ROLE_LABELS).join('、')}`
  return normaliseRoles(labels.map((label) => roleByLabel.get(label) as Role))
}

const validDate = (cell: string, now: Date): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cell)) return false
  const date = dayjs(cell, 'YYYY-MM-DD')
  return date.isValid() && date.format('YYYY-MM-DD') === cell && cell <= inZone(now).format('YYYY-MM-DD')
}

const phoneProblem = (phone: string, line: number, ctx: RosterContext, seenPhones: Map<string, number>) => {
  const earlier = seenPhones.get(phone)
  seenPhones.set(phone, earlier ?? line)
  if (!/^1\d{10}$/.test(phone)) return '手机号应为 11 位数字'
  if (ctx.existingPhones.has(phone)) return `手机号 ${phone} 已在名册中`
  return earlier === undefined ? null : `手机号 ${phone} 与第 ${earlier} 行重复`
}

/** The branch and group a row names, or why they do not exist. */
const placement = (branchName: string, groupName: string, branches: RosterContext['branches']) => {
  const found = branchAt(branches, branchName)
  if (!('branch' in found)) return { problem: found.problem }
  const { branch } = found
  const group = groupName ? branch.groups.find((candidate) => candidate.name === groupName) : undefined
  if (groupName && !group) return { problem: `党小组「${groupName}」不属于${branch.name}` }
  return { branch, groupId: group?.id ?? null }
}

const nameProblem = (name: string) => (name && name.length <= 20 ? null : '姓名不能为空且不超过 20 个字')

/** One row to a new roster entry, or every reason it cannot be one. */
const checkRow = (row: RawRow, ctx: RosterContext, seenPhones: Map<string, number>): NewMember | string[] => {
  const [name, phone, branchName, groupName, rolesCell, joinedOn] = ROSTER_HEADER.map(
    (_, index) => row.cells[index] ?? '',
  )
  const place = placement(branchName, groupName, ctx.branches)
  const roles = parseRoles(rolesCell)
  const reasons = [
    nameProblem(name),
    phoneProblem(phone, row.line, ctx, seenPhones),
    place.problem,
    typeof roles === 'string' ? roles : null,
    validDate(joinedOn, ctx.now) ? null : '入党日期应为 YYYY-MM-DD 格式的有效日期，且不晚于今天',
  ].filter((reason): reason is string => typeof reason === 'string')
  if (reasons.length || !place.branch || typeof roles === 'string') return reasons
  return {
    name,
    phone,
    branchId: place.branch._id,
    unitIds: pathIds(place.branch),
    groupId: place.groupId,
    roles,
    joinedOn,
    status: 'active',
    openid: null,
    boundAt: null,
  }
}

export const validateRoster = (
  rows: RawRow[],
  ctx: RosterContext,
): { members: NewMember[]; errors: RosterRowError[] } => {
  const seenPhones = new Map<string, number>()
  const members: NewMember[] = []
  const errors: RosterRowError[] = []
  for (const row of rows) {
    const result = checkRow(row, ctx, seenPhones)
    if (Array.isArray(result)) errors.push(...result.map((reason) => ({ line: row.line, reason })))
    else members.push(result)
  }
  return { members, errors }
}
