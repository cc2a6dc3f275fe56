import type { Role } from '../contract'
import type { NoticeScope } from '../contract/noticeLimits'
import type { MemberDoc } from '../db/models/members'
import type { NoticeDoc } from '../db/models/notices'
import { AppError } from '../errors'
import { isWithin, placeAbove, rootPlace, type BranchUnitDoc } from '../db/models/units'
import { belongsTo, managesBranch, missing, reachesUnit, readsUnit, type Place } from '../rules/access'

export type AudienceInput =
  | { scope: 'branch' }
  | { scope: 'organisation' }
  | { scope: 'branches'; branchIds: string[] }
  | { scope: 'unit'; unitId: string }

export interface Audience {
  scope: NoticeScope
  branchIds: string[]
}

/** Leaders and admins publish to the organisation or chosen branches; secretaries to their own branch only. */
export const publishesOrganisation = (member: MemberDoc): boolean => readsUnit(member, rootPlace(member))

/** Secretaries, leaders and admins publish, and 党委 / 党总支 secretaries (a grant without the role). */
const mayPublish = (member: MemberDoc): boolean =>
  ['secretary', 'leader', 'admin'].some((role) => member.roles.includes(role as Role)) ||
  Boolean(member.grants?.some((grant) => grant.role === 'secretary'))

/**
 * The branches a notice goes to. A secretary's "chosen branches" may only be
 * their own branch, which is the same as scope 'branch'.
 */
export const resolveAudience = (
  publisher: MemberDoc,
  input: AudienceInput,
  branches: readonly BranchUnitDoc[],
): Audience => {
  if (!mayPublish(publisher)) throw new AppError('FORBIDDEN')
  const orgWide = publishesOrganisation(publisher)
  if (input.scope === 'branch') {
    if (!orgWide && !managesBranch(publisher, publisher.branchId)) throw new AppError('NOTICE_SCOPE_FORBIDDEN')
    return { scope: 'branch', branchIds: [publisher.branchId] }
  }
  if (input.scope === 'organisation') {
    if (!orgWide) throw new AppError('NOTICE_SCOPE_FORBIDDEN', '只有党委领导或党务管理员可以向全体支部发布通知')
    return { scope: 'organisation', branchIds: branches.map((branch) => branch._id) }
  }
  if (input.scope === 'unit') return unitAudience(publisher, input.unitId, branches)
  return chosenAudience(publisher, orgWide, input.branchIds, branches)
}

/** Leaders and admins above it, and a 党委 / 党总支 secretary granted on it or above, address a unit. */
const addressesUnit = (member: MemberDoc, unit: Place): boolean =>
  readsUnit(member, unit) || reachesUnit(member, unit, 'secretary')

/**
 * Every branch below a unit. The unit is known by a branch's ancestors (or is
 * a branch): one the publisher may not address, or that holds no branch, is
 * refused before anything is written.
 */
const unitAudience = (publisher: MemberDoc, unitId: string, branches: readonly BranchUnitDoc[]): Audience => {
  const below = branches.filter((branch) => isWithin(branch, unitId))
  if (!below.length) throw new AppError('NOT_FOUND', '所选组织不存在或其下没有支部')
  if (!addressesUnit(publisher, placeAbove(below[0], unitId))) throw new AppError('NOTICE_SCOPE_FORBIDDEN')
  return { scope: below.length === 1 ? 'branch' : 'branches', branchIds: below.map((branch) => branch._id) }
}

/** Chosen branches: any below the publisher's leader or admin grants; a secretary's own branch only. */
const chosenAudience = (
  publisher: MemberDoc,
  orgWide: boolean,
  branchIds: readonly string[],
  branches: readonly BranchUnitDoc[],
): Audience => {
  const chosen = [...new Set(branchIds)]
  const known = new Set(branches.map((branch) => branch._id))
  if (chosen.some((branchId) => !known.has(branchId))) throw new AppError('NOT_FOUND', '所选支部不存在')
  const ownOnly = chosen.length === 1 && belongsTo(publisher, chosen[0])
  const reached = branches.filter((branch) => chosen.includes(branch._id) && readsUnit(publisher, branch))
  if (orgWide || reached.length === chosen.length) return { scope: ownOnly ? 'branch' : 'branches', branchIds: chosen }
  if (!ownOnly || !managesBranch(publisher, chosen[0])) throw new AppError('NOTICE_SCOPE_FORBIDDEN')
  return { scope: 'branch', branchIds: chosen }
}

export const audienceLabel = (
  notice: Pick<NoticeDoc, 'scope' | 'branchIds'>,
  branchNames: ReadonlyMap<string, string>,
): string =>
  notice.scope === 'organisation'
    ? '全体支部'
    : notice.branchIds.map((branchId) => branchNames.get(branchId) ?? '').join('、')

/** A member sees a published notice addressed to their current branch, and nothing else. */
export const isAddressedTo = (notice: NoticeDoc, member: MemberDoc): boolean =>
  notice.status === 'published' && notice.branchIds.includes(member.branchId)

/** Edit, withdraw and remind everyone: the publisher, leaders and admins, and the secretary of a one-branch notice's branch. */
export const managesNotice = (member: MemberDoc, notice: NoticeDoc): boolean =>
  notice.publisherId === member._id ||
  publishesOrganisation(member) ||
  (notice.branchIds.length === 1 && managesBranch(member, notice.branchIds[0]))

/**
 * Branches whose receipts the caller may read: all of them for those who
 * manage the notice; their own branch for the secretary of one audience branch.
 */
export const receiptBranches = (member: MemberDoc, notice: NoticeDoc): string[] => {
  if (managesNotice(member, notice)) return notice.branchIds
  return notice.branchIds.filter((branchId) => managesBranch(member, branchId))
}

export const assertReceiptBranches = (member: MemberDoc, notice: NoticeDoc): string[] => {
  const branchIds = receiptBranches(member, notice)
  if (!branchIds.length) throw missing('notice')
  return branchIds
}
