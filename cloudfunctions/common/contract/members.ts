import { z } from 'zod'
import { action } from './define'
import { emptyPayload, id, integer, list, payload, phone, text } from '../validation'
import type { Instant, MemberStatus, Role } from './common'
import { membershipContract, membershipErrors } from './membership'
import { unitsContract, unitsErrors } from './units'

const role = z.enum(['member', 'committee', 'secretary', 'leader', 'admin'], {
  errorMap: () => ({ message: '角色取值不正确' }),
})

export interface Group {
  id: string
  name: string
}

export interface Branch {
  id: string
  name: string
  groups: Group[]
}

export interface Profile {
  memberId: string
  name: string
  /** Masked unless the caller may see it in full. */
  phone: string
  branchId: string
  branchName: string
  groupId: string | null
  groupName: string | null
  roles: Role[]
  /** 入党日期 YYYY-MM-DD */
  joinedOn: string
  partyYears: number
  /** Days until the next 政治生日 (0 on the day). */
  daysToPoliticalBirthday: number
  status: MemberStatus
}

export type Me = { bound: false } | { bound: true; profile: Profile }

export interface RosterEntry {
  memberId: string
  name: string
  phone: string
  branchId: string
  groupId: string | null
  groupName: string | null
  roles: Role[]
  joinedOn: string
  /** A 预备党员: no vote on resolutions until 转正. */
  probationary: boolean
  status: MemberStatus
  bound: boolean
  boundAt: Instant | null
}

export interface RosterRowError {
  /** 1-based line in the file, the header being line 1. */
  line: number
  reason: string
}

export type ImportRosterResult =
  { ok: true; imported: number; dryRun: boolean } | { ok: false; errors: RosterRowError[] }

export interface MemberHistoryEntry {
  at: Instant
  by: string
  change: 'roles' | 'branch' | 'unbind' | 'bind' | 'status'
  from: string
  to: string
}

/** A time-limited 审核 account for WeChat's reviewers, in a demo branch of its own. */
export interface ReviewInvite {
  code: string
  expiresAt: Instant
  branchName: string
  memberName: string
}

export const membersContract = {
  /** Who am I: whether this WeChat user is bound, and their profile. */
  getMe: action<Me>()(emptyPayload()),
  /** Bind this WeChat user to one unbound roster entry. */
  bind: action<Profile>()(
    z.union([
      payload({ name: text('姓名', { max: 20 }), phone: phone() }),
      payload({
        inviteCode: z
          .string()
          .trim()
          .regex(/^[A-Z0-9]{8}$/, '邀请码应为 8 位字母或数字'),
      }),
    ]),
  ),
  listBranches: action<Branch[]>()(emptyPayload()),
  /** The roster of one branch; secretaries and leaders see masked phones. */
  listRoster: action<RosterEntry[]>()(payload({ branchId: id('支部').optional() })),
  /** Admin: members of every branch whose name or phone contains the term (at most 50, full phones). */
  searchRoster: action<RosterEntry[]>()(payload({ query: text('搜索内容', { max: 20 }) })),
  /** A secretary's invite code for an unbound member of their branch. */
  createInvite: action<{ code: string; expiresAt: Instant }>()(payload({ memberId: id('党员') })),
  /** Admin: CSV or XLSX roster, already uploaded; all rows or nothing. */
  importRoster: action<ImportRosterResult>()(
    payload({
      fileID: z.string().min(1, '请先上传名册文件').max(500, '文件编号过长'),
      fileName: text('文件名', { max: 120 }).regex(/\.(csv|xlsx)$/i, '名册只支持 .csv 或 .xlsx 文件'),
      dryRun: z.boolean().optional(),
    }),
  ),
  setRoles: action<RosterEntry>()(
    payload({ memberId: id('党员'), roles: list('角色', role, 5).min(1, '至少保留一个角色') }),
  ),
  moveMember: action<RosterEntry>()(
    payload({ memberId: id('党员'), branchId: id('支部'), groupId: id('党小组').nullable().optional() }),
  ),
  unbind: action<RosterEntry>()(payload({ memberId: id('党员') })),
  memberHistory: action<MemberHistoryEntry[]>()(payload({ memberId: id('党员') })),
  /** Admin: a fresh invite to the 审核 account (demo branch); the previous reviewer's binding ends. */
  createReviewInvite: action<ReviewInvite>()(payload({ days: integer('有效天数', 1, 30) })),
  ...unitsContract,
  ...membershipContract,
}

export const membersErrors = {
  ALREADY_BOUND: '您的微信已绑定党员身份',
  BIND_NO_MATCH: '未找到可绑定的党员信息：请核对姓名和手机号；如信息无误仍无法绑定，请联系支部书记核实或获取邀请码',
  BIND_TAKEN: '该党员信息已被其他微信绑定，请联系支部书记',
  INVITE_INVALID: '邀请码无效或已过期',
  ROSTER_INVALID: '名册文件有误，请按提示修改后重新导入',
  ...unitsErrors,
  ...membershipErrors,
} as const
