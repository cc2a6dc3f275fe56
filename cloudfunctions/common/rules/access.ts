import type { ErrorCode } from '../contract/errors'
import type { MemberDoc } from '../db/models/members'
import { isWithin, rootPlace, type Place, type UnitDoc, type UnitGrant } from '../db/models/units'

export type { Place }
import { AppError } from '../errors'

/**
 * Branch- and unit-scoped rights, shared by every function: THE place that
 * answers "may this caller act on this branch / unit / record". Use cases ask
 * these functions and never compare branch ids with the caller's themselves.
 * Every leader and admin right goes through `reachesUnit`: a grant reaches its
 * unit's subtree, and a record outside it answers like a missing one.
 */

/**
 * THE tree rule: whether the caller's `role` reaches `unit` — a grant on the
 * unit or on any unit above it. A branch secretary reaches their own branch
 * without a grant; a 党总支 / 二级党委 secretary needs only the grant (the
 * `secretary` role would make them their home branch's secretary too). A
 * leader or admin without any grant was made before the tree existed and
 * reaches the whole organisation.
 */
export const reachesUnit = (
  member: MemberDoc,
  unit: Pick<UnitDoc, '_id' | 'ancestors'>,
  role: UnitGrant['role'],
): boolean => {
  const grants = member.grants?.filter((grant) => grant.role === role) ?? []
  if (role === 'secretary')
    return managesBranch(member, unit._id) || grants.some((grant) => isWithin(unit, grant.unitId))
  if (!member.roles.includes(role)) return false
  return !grants.length || grants.some((grant) => isWithin(unit, grant.unitId))
}

/** The member's own branch (where they check in, ask leave, rank). */
export const belongsTo = (member: MemberDoc, branchId: string): boolean => member.branchId === branchId

/** The branch's secretary manages its organisational life. */
export const managesBranch = (member: MemberDoc, branchId: string): boolean =>
  member.roles.includes('secretary') && belongsTo(member, branchId)

/**
 * The units a leader's or admin's role was granted on, for list queries
 * (`where({ unitIds: _.in(ids) })`); null when it reaches the whole
 * organisation (a role without grants, made before the tree).
 */
export const grantedUnitIds = (member: MemberDoc, role: 'leader' | 'admin'): string[] | null => {
  const ids = (member.grants ?? []).filter((grant) => grant.role === role).map((grant) => grant.unitId)
  return ids.length ? ids : null
}

/** The admin maintains the units they were granted and everything below (roster, materials, points). */
export const administers = (member: MemberDoc, place: Place): boolean => reachesUnit(member, place, 'admin')

/** The branch committee: its secretary and 支委 (民主评议 proposals, 谈心谈话 records). */
export const sitsOnCommittee = (member: MemberDoc, branchId: string): boolean =>
  belongsTo(member, branchId) && (member.roles.includes('committee') || member.roles.includes('secretary'))

/** Records private to a branch committee (谈心谈话 notes): that committee and the leaders above the branch. */
export const readsCommitteeRecords = (member: MemberDoc, place: Place): boolean =>
  sitsOnCommittee(member, place._id) || reachesUnit(member, place, 'leader')

/** An admin of the whole tree: organisation-wide settings (points rules, subscribe templates, the review account). */
export const administersOrganisation = (member: MemberDoc): boolean => administers(member, rootPlace(member))

/** Leaders and admins read everything inside the units they were granted. */
export const readsUnit = (member: MemberDoc, place: Place): boolean =>
  reachesUnit(member, place, 'leader') || administers(member, place)

/** Holds a leader or admin role somewhere: sees full rankings and the leaders' views (their scope decides which data). */
export const oversees = (member: MemberDoc): boolean =>
  member.roles.includes('leader') || member.roles.includes('admin')

/** The branch's own people, and the leaders and admins above it, may read a branch's records. */
export const readsBranch = (member: MemberDoc, place: Place): boolean =>
  belongsTo(member, place._id) || readsUnit(member, place)

/** For the caller's own branch (a queue, a list): the secretary only. Branch ids are public (listBranches). */
export const assertManagesBranch = (member: MemberDoc, branchId: string): void => {
  if (!managesBranch(member, branchId)) throw new AppError('FORBIDDEN', '只有本支部书记可以执行此操作')
}

/**
 * A branch's lists (roster, ranking, report): its own people and the leaders
 * and admins above it. Branch ids are public (listBranches), so anyone else is
 * told they may not, with the action's code and words.
 */
export const assertReadsBranch = (member: MemberDoc, place: Place, code: ErrorCode, message?: string): void => {
  if (!readsBranch(member, place)) throw new AppError(code, message)
}

/**
 * THE id rule. Every action that takes a record's id answers a record the
 * caller may not see exactly like a missing one: same code, same message. So
 * no refusal tells another branch that an id (a predictable ledger key, an
 * event, a member) exists. One answer per kind of record:
 */
const MISSING = {
  event: ['NOT_FOUND', '活动不存在或已删除'],
  member: ['NOT_FOUND', '未找到该党员'],
  entry: ['NOT_FOUND', '未找到该积分记录'],
  claim: ['NOT_FOUND', '未找到该申请'],
  material: ['NOT_FOUND', '学习资料不存在或已下架'],
  notice: ['NOTICE_NOT_FOUND', '通知不存在，或不是发给您的'],
  file: ['NOT_FOUND', '文件不存在或已过期，请重新上传'],
  unit: ['UNIT_NOT_FOUND', '组织不存在或不在您的管理范围内'],
  review: ['NOT_FOUND', '未找到该民主评议'],
  rectification: ['NOT_FOUND', '未找到该整改事项'],
  developmentFile: ['NOT_FOUND', '未找到该入党档案'],
} as const satisfies Record<string, readonly [ErrorCode, string]>

export type RecordKind = keyof typeof MISSING

/** The answer for a missing `kind` record; also the answer for one the caller may not see. */
export const missing = (kind: RecordKind): AppError => new AppError(MISSING[kind][0], MISSING[kind][1])

/** The record if it exists and `maySee` it; otherwise the missing answer. */
export const visibleOrMissing = <T>(
  kind: RecordKind,
  record: T | null | undefined,
  maySee: (record: T) => boolean,
): T => {
  if (record === null || record === undefined || !maySee(record)) throw missing(kind)
  return record
}

/** A record of a branch is visible to that branch's people and the leaders and admins above it; to anyone else it is missing. */
export const assertSeesRecord = (member: MemberDoc, kind: RecordKind, place: Place): void => {
  if (!readsBranch(member, place)) throw missing(kind)
}

/**
 * Acting on a branch's record as its secretary: a caller who cannot even see it gets the missing
 * answer; one who sees it without managing it is told they may not.
 */
export const assertManagesRecord = (
  member: MemberDoc,
  kind: RecordKind,
  place: Place,
  message = '只有本支部书记可以执行此操作',
): void => {
  assertSeesRecord(member, kind, place)
  if (!managesBranch(member, place._id)) throw new AppError('FORBIDDEN', message)
}

/** As `assertManagesRecord`, but an admin above the branch may act on its record too. */
export const assertManagesOrAdministers = (
  member: MemberDoc,
  kind: RecordKind,
  place: Place,
  message?: string,
): void => {
  if (!administers(member, place)) assertManagesRecord(member, kind, place, message)
}

/**
 * Taking part in a branch's record (checking in to an event, asking leave
 * from it): missing to whoever cannot see it; refused to an org-wide reader
 * of another branch, who sees it without belonging to it.
 */
export const assertTakesPart = (member: MemberDoc, kind: RecordKind, place: Place, message: string): void => {
  assertSeesRecord(member, kind, place)
  if (!belongsTo(member, place._id)) throw new AppError('FORBIDDEN', message)
}
