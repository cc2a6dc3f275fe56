import type { ErrorCode } from '../contract/errors'
import type { MemberDoc } from '../db/models/members'
import { isWithin, type UnitDoc, type UnitGrant } from '../db/models/units'
import { AppError } from '../errors'

/**
 * Branch-scoped and organisation-wide rights, shared by every function: THE
 * place that answers "may this caller act on this branch / record". Use cases
 * ask these functions and never compare branch ids with the caller's
 * themselves, so the organisation tree changes one rule here.
 */

/**
 * THE tree rule: whether the caller's `role` reaches `unit` — a grant on the
 * unit or on any unit above it. A branch secretary reaches their own branch
 * without a grant. A leader or admin without any grant was made before the
 * tree existed and reaches the whole organisation.
 */
export const reachesUnit = (
  member: MemberDoc,
  unit: Pick<UnitDoc, '_id' | 'ancestors'>,
  role: UnitGrant['role'],
): boolean => {
  if (role === 'secretary' && managesBranch(member, unit._id)) return true
  if (!member.roles.includes(role)) return false
  const grants = member.grants?.filter((grant) => grant.role === role)
  if (!grants?.length) return role !== 'secretary'
  return grants.some((grant) => isWithin(unit, grant.unitId))
}

/** The member's own branch (where they check in, ask leave, rank). */
export const belongsTo = (member: MemberDoc, branchId: string): boolean => member.branchId === branchId

/** The branch's secretary manages its organisational life. */
export const managesBranch = (member: MemberDoc, branchId: string): boolean =>
  member.roles.includes('secretary') && belongsTo(member, branchId)

/** The admin maintains the whole organisation (roster, organisation-wide materials, any branch's points). */
export const administers = (member: MemberDoc): boolean => member.roles.includes('admin')

/** The branch committee: its secretary and 支委 (民主评议 proposals, 谈心谈话 records). */
export const sitsOnCommittee = (member: MemberDoc, branchId: string): boolean =>
  belongsTo(member, branchId) && (member.roles.includes('committee') || member.roles.includes('secretary'))

/** Records private to a branch committee (谈心谈话 notes): that committee and the organisation's leaders. */
export const readsCommitteeRecords = (member: MemberDoc, branchId: string): boolean =>
  sitsOnCommittee(member, branchId) || member.roles.includes('leader')

/** Leaders and admins read everything organisation-wide. */
export const readsOrganisation = (member: MemberDoc): boolean => member.roles.includes('leader') || administers(member)

/** The branch's own people, and org-wide readers, may read a branch's records. */
export const readsBranch = (member: MemberDoc, branchId: string): boolean =>
  belongsTo(member, branchId) || readsOrganisation(member)

/** For the caller's own branch (a queue, a list): the secretary only. Branch ids are public (listBranches). */
export const assertManagesBranch = (member: MemberDoc, branchId: string): void => {
  if (!managesBranch(member, branchId)) throw new AppError('FORBIDDEN', '只有本支部书记可以执行此操作')
}

/**
 * A branch's lists (roster, ranking, report): its own people and org-wide
 * readers. Branch ids are public (listBranches), so another branch's member is
 * told they may not, with the action's code and words.
 */
export const assertReadsBranch = (member: MemberDoc, branchId: string, code: ErrorCode, message?: string): void => {
  if (!readsBranch(member, branchId)) throw new AppError(code, message)
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
  review: ['NOT_FOUND', '未找到该民主评议'],
  rectification: ['NOT_FOUND', '未找到该整改事项'],
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

/** A record of a branch is visible to that branch's people and org-wide readers; to anyone else it is missing. */
export const assertSeesRecord = (member: MemberDoc, kind: RecordKind, branchId: string): void => {
  if (!readsBranch(member, branchId)) throw missing(kind)
}

/**
 * Acting on a branch's record as its secretary: a caller who cannot even see it gets the missing
 * answer; one who sees it without managing it is told they may not.
 */
export const assertManagesRecord = (
  member: MemberDoc,
  kind: RecordKind,
  branchId: string,
  message = '只有本支部书记可以执行此操作',
): void => {
  assertSeesRecord(member, kind, branchId)
  if (!managesBranch(member, branchId)) throw new AppError('FORBIDDEN', message)
}

/** As `assertManagesRecord`, but the admin may act on any branch's record too. */
export const assertManagesOrAdministers = (
  member: MemberDoc,
  kind: RecordKind,
  branchId: string,
  message?: string,
): void => {
  if (!administers(member)) assertManagesRecord(member, kind, branchId, message)
}

/**
 * Taking part in a branch's record (checking in to an event, asking leave
 * from it): missing to whoever cannot see it; refused to an org-wide reader
 * of another branch, who sees it without belonging to it.
 */
export const assertTakesPart = (member: MemberDoc, kind: RecordKind, branchId: string, message: string): void => {
  assertSeesRecord(member, kind, branchId)
  if (!belongsTo(member, branchId)) throw new AppError('FORBIDDEN', message)
}
