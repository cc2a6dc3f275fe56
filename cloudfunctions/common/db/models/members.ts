import type { MemberHistoryEntry, MemberStatus, Role } from '../../contract'
import type { UnitGrant } from './units'

export interface GroupDoc {
  id: string
  name: string
}

export interface MemberDoc {
  _id: string
  name: string
  phone: string
  branchId: string
  /** The home branch's path from the root (`pathIds` of the branch): a subtree's members are one indexed query. */
  unitIds: string[]
  groupId: string | null
  roles: Role[]
  /** Where `leader`, `admin` and above-branch `secretary` roles reach (models/units.ts). */
  grants?: UnitGrant[]
  /** 临时党支部 the member is also expected at (home branch keeps dues and 评议). */
  temporaryBranchIds?: string[]
  /** 入党日期 YYYY-MM-DD */
  joinedOn: string
  /** A 预备党员 (development/): attends, studies and pays dues, but has no vote on resolutions until 转正. */
  probationary?: boolean
  status: MemberStatus
  openid: string | null
  boundAt: Date | null
  createdAt: Date
  /** Only on the 审核 (review) account: after this instant every action is refused. */
  accessUntil?: Date
}

/** `_id` is the OPENID: one binding per WeChat user, enforced by the key itself. */
export interface BindingDoc {
  _id: string
  memberId: string
  boundAt: Date
}

/** One binding attempt (`_id` = sha256 of OPENID and guess): appended before it is checked, so parallel guesses all count. */
export interface BindAttemptDoc {
  _id: string
  openid: string
  at: Date
}

/** `_id` is the code itself. */
export interface InviteDoc {
  _id: string
  memberId: string
  branchId: string
  createdBy: string
  expiresAt: Date
  usedAt: Date | null
}

export interface MemberHistoryDoc extends Omit<MemberHistoryEntry, 'at'> {
  _id?: string
  memberId: string
  at: Date
}
