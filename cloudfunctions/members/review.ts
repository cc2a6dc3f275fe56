import type { MemberDoc } from '../common/db/models/members'
import { pathIds, unitUnder, type BranchUnitDoc, type UnitDoc } from '../common/db/models/units'

/**
 * The 审核 (review) branch: a demo branch of its own where WeChat's reviewers
 * bind with a time-limited invite and, as its secretary, reach the member and
 * secretary pages without seeing or touching a real member.
 */
export const REVIEW_BRANCH_ID = 'review-demo'
export const REVIEW_ACCOUNT_ID = 'review-demo-reviewer'

/** The review branch, hung under the tree's root (a root of its own in an empty tree). */
export const reviewBranch = (root: UnitDoc | null, now: Date): BranchUnitDoc =>
  unitUnder(root, { _id: REVIEW_BRANCH_ID, kind: 'branch', name: '审核演示支部', order: 9999 }, now)

const entry =
  (branch: BranchUnitDoc, now: Date, until: Date) =>
  (_id: string, name: string, phone: string, roles: MemberDoc['roles']): MemberDoc => ({
    _id,
    name,
    phone,
    branchId: branch._id,
    unitIds: pathIds(branch),
    groupId: null,
    roles,
    joinedOn: '2020-07-01',
    status: 'active' as const,
    openid: null,
    boundAt: null,
    createdAt: now,
    accessUntil: until,
  })

/** The reviewer's own entry plus three demo members, so rosters and attendance are not empty; all expire together. */
export const reviewBranchMembers = (branch: BranchUnitDoc, now: Date, until: Date): MemberDoc[] => {
  const of = entry(branch, now, until)
  return [
    of(REVIEW_ACCOUNT_ID, '微信审核员', '19900000000', ['member', 'committee', 'secretary']),
    of('review-demo-m1', '演示党员甲', '19900000001', ['member']),
    of('review-demo-m2', '演示党员乙', '19900000002', ['member', 'committee']),
    of('review-demo-m3', '演示党员丙', '19900000003', ['member']),
  ]
}
