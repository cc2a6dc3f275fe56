import type { BranchDoc, MemberDoc } from '../common/db/models/members'

/**
 * The 审核 (review) branch: a demo branch of its own where WeChat's reviewers
 * bind with a time-limited invite and, as its secretary, reach the member and
 * secretary pages without seeing or touching a real member.
 */
export const REVIEW_BRANCH: BranchDoc = { _id: 'review-demo', name: '审核演示支部', order: 9999, groups: [] }
export const REVIEW_ACCOUNT_ID = 'review-demo-reviewer'

const entry = (_id: string, name: string, phone: string, roles: MemberDoc['roles'], now: Date, until: Date) => ({
  _id,
  name,
  phone,
  branchId: REVIEW_BRANCH._id,
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
export const reviewBranchMembers = (now: Date, until: Date): MemberDoc[] => [
  entry(REVIEW_ACCOUNT_ID, '微信审核员', '19900000000', ['member', 'committee', 'secretary'], now, until),
  entry('review-demo-m1', '演示党员甲', '19900000001', ['member'], now, until),
  entry('review-demo-m2', '演示党员乙', '19900000002', ['member', 'committee'], now, until),
  entry('review-demo-m3', '演示党员丙', '19900000003', ['member'], now, until),
]
