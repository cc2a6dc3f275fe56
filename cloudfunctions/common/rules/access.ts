import type { MemberDoc } from '../db/models/members'
import { AppError } from '../errors'

/** Branch-scoped and organisation-wide rights, shared by every function. */

/** The branch's secretary manages its organisational life. */
export const managesBranch = (member: MemberDoc, branchId: string): boolean =>
  member.roles.includes('secretary') && member.branchId === branchId

/** Leaders and admins read everything organisation-wide. */
export const readsOrganisation = (member: MemberDoc): boolean =>
  member.roles.includes('leader') || member.roles.includes('admin')

/** The branch's own people, and org-wide readers, may read a branch's records. */
export const readsBranch = (member: MemberDoc, branchId: string): boolean =>
  member.branchId === branchId || readsOrganisation(member)

export const assertManagesBranch = (member: MemberDoc, branchId: string): void => {
  if (!managesBranch(member, branchId)) throw new AppError('FORBIDDEN', '只有本支部书记可以执行此操作')
}

export const assertReadsBranch = (member: MemberDoc, branchId: string): void => {
  if (!readsBranch(member, branchId)) throw new AppError('FORBIDDEN', '无权查看其他支部的信息')
}
