import { z } from 'zod'
import { action } from './define'
import { emptyPayload, id, list, payload, text } from '../validation'
import type { UnitKind } from './common'

const unitKind = z.enum(['committee', 'general', 'branch', 'temporary'], {
  errorMap: () => ({ message: '组织类型取值不正确' }),
})

const grantRole = z.enum(['leader', 'admin', 'secretary'], { errorMap: () => ({ message: '授权角色取值不正确' }) })

/** One unit of the tree as the 组织架构 page shows it. */
export interface UnitView {
  id: string
  kind: UnitKind
  name: string
  parentId: string | null
  /** Ids from the root down to the parent. */
  ancestors: string[]
  order: number
  /** Whether the caller may change it (an admin above or at it). */
  canManage: boolean
}

/** A leader, admin or unit secretary granted on a unit. */
export interface UnitGrantView {
  memberId: string
  name: string
  role: 'leader' | 'admin' | 'secretary'
}

const unitName = text('组织名称', { max: 30 })

/** The units admin's actions, served by the members function. */
export const unitsContract = {
  /** The tree the caller oversees (leaders and admins: their granted subtrees), depth first. */
  listUnits: action<UnitView[]>()(emptyPayload()),
  /** Admin: a new unit under a 党委 or 党总支 of their subtree. */
  createUnit: action<UnitView>()(
    payload({ parentId: id('上级组织'), kind: unitKind, name: unitName, requestId: id('请求编号').optional() }),
  ),
  renameUnit: action<UnitView>()(payload({ unitId: id('组织'), name: unitName })),
  /** Admin: hangs a unit (and everything below it) under another parent of their subtree. */
  moveUnit: action<UnitView>()(payload({ unitId: id('组织'), parentId: id('上级组织') })),
  /** Admin: the order of a parent's children; every child exactly once. */
  reorderUnits: action<UnitView[]>()(payload({ parentId: id('上级组织'), unitIds: list('组织', id('组织'), 200) })),
  /** Admin: removes an empty unit (no units below it, no members). */
  deleteUnit: action<{ deleted: string }>()(payload({ unitId: id('组织') })),
  /** Who holds a role on the unit itself. */
  unitGrants: action<UnitGrantView[]>()(payload({ unitId: id('组织') })),
  /** Admin: grants a role on a unit of their subtree to a member of their subtree. */
  grantRole: action<UnitGrantView[]>()(payload({ unitId: id('组织'), memberId: id('党员'), role: grantRole })),
  revokeRole: action<UnitGrantView[]>()(payload({ unitId: id('组织'), memberId: id('党员'), role: grantRole })),
}

export const unitsErrors = {
  UNIT_NOT_FOUND: '组织不存在或不在您的管理范围内',
  UNIT_PARENT_INVALID: '党支部下不能再设组织，请选择党委或党总支作为上级',
  UNIT_MOVE_CYCLE: '不能把组织移到它自己或它的下级组织之下',
  UNIT_ROOT_FIXED: '最上级党委不能移动或删除',
  UNIT_NAME_TAKEN: '同一上级组织下已有同名组织',
  UNIT_HAS_CHILDREN: '该组织下还有下级组织，请先移走或删除它们',
  UNIT_HAS_MEMBERS: '该支部还有党员，请先把党员转到其他支部',
  UNIT_ORDER_INVALID: '排序须包含该上级组织的每个下级组织各一次',
  UNIT_GRANT_INVALID: '书记授权只用于党委和党总支；党支部书记请在名册中设置',
} as const
