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
export const mayPublish = (member: MemberDoc): boolean =>
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

/**
 * THE notices rule: who addresses (and so manages the notices of) a unit or
 * branch — the leaders and admins above it, a 党委 / 党总支 secretary granted
 * on it or above, and a branch's own secretary.
 */
export const publishesTo = (member: MemberDoc, place: Place): boolean =>
  readsUnit(member, place) || reachesUnit(member, place, 'secretary')

/** Where each branch hangs, as `placesOf` (common/db/units.ts) reads them for the member asked about. */
export type BranchPlaces = ReadonlyMap<string, Place>

/** A branch `places` does not hold (deleted since) hangs nowhere: only a whole-organisation role reaches it. */
const placeIn = (places: BranchPlaces, branchId: string): Place =>
  places.get(branchId) ?? { _id: branchId, ancestors: [] }

/**
 * Every branch below a unit. The unit is known by a branch's ancestors (or is
 * a branch): one the publisher may not address, or that holds no branch, is
 * refused before anything is written.
 */
const unitAudience = (publisher: MemberDoc, unitId: string, branches: readonly BranchUnitDoc[]): Audience => {
  const below = branches.filter((branch) => isWithin(branch, unitId))
  if (!below.length) throw new AppError('NOT_FOUND', '所选组织不存在或其下没有支部')
  if (!publishesTo(publisher, placeAbove(below[0], unitId))) throw new AppError('NOTICE_SCOPE_FORBIDDEN')
  return { scope: below.length === 1 ? 'branch' : 'branches', branchIds: below.map((branch) => branch._id) }
}

/** Chosen branches: any the publisher addresses (below their grants, or their own as its secretary). */
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
  const reached = branches.filter((branch) => chosen.includes(branch._id) && publishesTo(publisher, branch))
  if (!orgWide && reached.length !== chosen.length) throw new AppError('NOTICE_SCOPE_FORBIDDEN')
  return { scope: ownOnly ? 'branch' : 'branches', branchIds: chosen }
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

/**
 * Edit, withdraw and remind everyone: the publisher, and whoever addresses
 * every branch it went to (a leader or admin above them all, a unit secretary
 * granted above them all, the secretary of a one-branch notice's branch).
 */
export const managesNotice = (member: MemberDoc, notice: NoticeDoc, places: BranchPlaces): boolean =>
  notice.publisherId === member._id ||
  (notice.branchIds.length > 0 && notice.branchIds.every((branchId) => publishesTo(member, placeIn(places, branchId))))

/**
 * Branches whose receipts the caller may read: all of them for those who
 * manage the notice; else those of its branches they address (their own as
 * secretary, their subtree's as a leader, admin or unit secretary).
 */
export const receiptBranches = (member: MemberDoc, notice: NoticeDoc, places: BranchPlaces): string[] => {
  if (managesNotice(member, notice, places)) return notice.branchIds
  return notice.branchIds.filter((branchId) => publishesTo(member, placeIn(places, branchId)))
}

export const assertReceiptBranches = (member: MemberDoc, notice: NoticeDoc, places: BranchPlaces): string[] => {
  const branchIds = receiptBranches(member, notice, places)
  if (!branchIds.length) throw missing('notice')
  return branchIds
}
