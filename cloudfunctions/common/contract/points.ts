import { z } from 'zod'
import { action } from './define'
import { emptyPayload, fileId, formRequestId, id, integer, list, payload, text } from '../validation'
import type { Instant, PeriodKind } from './common'

export * from './pointsLabels'
export * from './pointsSettings'
export * from './materials'
import { materialsContract } from './materials'
import { pointsSettingsContract, pointsSettingsErrors } from './pointsSettings'
import type { AttendanceType, PointsCategory, RankingAccess, RuledCategory } from './pointsLabels'
import { ATTENDANCE_LABELS, ATTENDANCE_TYPES } from './pointsLabels'

/** One row of the rules table. Caps are in points; null means no cap for that period. */
export interface CategoryRule {
  category: RuledCategory
  points: number
  dailyCap: number | null
  monthlyCap: number | null
  yearlyCap: number | null
  /** Claims (reflection, offline study) wait for the branch secretary when true. */
  needsApproval: boolean
  /** Attendance only: yearly cap per event type. */
  subtypeYearlyCaps: Partial<Record<AttendanceType, number>>
}

export interface PointsRules {
  version: number
  updatedAt: Instant | null
  updatedByName: string | null
  categories: CategoryRule[]
}

export type EntryStatus = 'granted' | 'capped' | 'refused' | 'reversal'

export interface LedgerEntry {
  id: string
  category: PointsCategory
  categoryLabel: string
  subtype: string | null
  points: number
  requestedPoints: number
  reason: string
  /** Why a grant was cut or refused, e.g. 今日学习积分已达上限. */
  capMessage: string | null
  status: EntryStatus
  ruleVersion: number
  createdAt: Instant
  createdByName: string
  /** The reversal entry's id, when this entry was reversed. */
  reversedBy: string | null
  reversalOf: string | null
}

export interface LedgerPage {
  entries: LedgerEntry[]
  /** Pass as `before` for the next page; null at the end. */
  nextBefore: Instant | null
}

export interface CapProgress {
  category: RuledCategory
  label: string
  period: 'day' | 'month'
  used: number
  cap: number
}

export interface MyPoints {
  today: number
  month: number
  quarter: number
  year: number
  caps: CapProgress[]
  /** My place in my branch this month (null before my first point, or when rankings are for leaders only). */
  branchRank: { rank: number; of: number } | null
  /** What the organisation's setting lets me see of rankings. */
  ranking: RankingAccess
}

export interface GrantResult {
  status: 'granted' | 'capped' | 'duplicate'
  points: number
  message: string | null
}

export type ClaimCategory = 'reflection' | 'offline'
export type ClaimStatus = 'pending' | 'approved' | 'rejected'

export interface Claim {
  id: string
  memberId: string
  memberName: string
  category: ClaimCategory
  title: string
  content: string
  photoFileID: string | null
  status: ClaimStatus
  createdAt: Instant
  reviewedAt: Instant | null
  reviewerName: string | null
  rejectReason: string | null
  /** Points the approval granted (may be cut by a cap). */
  grantedPoints: number | null
  grantMessage: string | null
}

export interface RankedMember {
  rank: number
  memberId: string
  name: string
  branchName: string
  points: number
}

export interface MemberRanking {
  periodKey: string
  periodLabel: string
  scope: 'branch' | 'organisation'
  branchId: string | null
  /** The unit the organisation's list is narrowed to, if any. */
  unitId: string | null
  /** 'own': the organisation shows members only their own standing, so entries is empty. */
  access: Exclude<RankingAccess, 'none'>
  entries: RankedMember[]
  me: { rank: number; points: number } | null
}

export interface RankedBranch {
  rank: number
  branchId: string
  name: string
  points: number
  members: number
  perMember: number
}

export interface BranchRanking {
  periodKey: string
  periodLabel: string
  access: Exclude<RankingAccess, 'none'>
  entries: RankedBranch[]
  mine: RankedBranch | null
}

export interface ReconcileReport {
  ledgerEntries: number
  totalsChecked: number
  drifted: number
  /** The first drifts found (totals document id, stored and recomputed points). */
  samples: { id: string; stored: number; expected: number }[]
  repaired: boolean
}

const periodKind = z.enum(['month', 'quarter', 'year'], { errorMap: () => ({ message: '统计周期取值不正确' }) })

/** `2026-11`, `2026-Q4` or `2026`; omitted: the current period. */
const periodKeyField = z
  .string({ invalid_type_error: '统计周期格式不正确' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, '统计周期格式不正确')
  .optional()

const period = { kind: periodKind, key: periodKeyField }

const cap = (label: string) => integer(label, 1, 10000).nullable()

const attendanceCaps = z
  .object(
    Object.fromEntries(ATTENDANCE_TYPES.map((type) => [type, integer(`${ATTENDANCE_LABELS[type]}年度上限`, 0, 10000)])),
    { invalid_type_error: '活动类型上限格式不正确' },
  )
  .strict()
  .partial()

const ruleInput = z
  .object(
    {
      category: z.enum(['attendance', 'study', 'reflection', 'offline', 'notice_ack'], {
        errorMap: () => ({ message: '未知的积分类别' }),
      }),
      points: integer('每次积分', 1, 100),
      dailyCap: cap('每日上限'),
      monthlyCap: cap('每月上限'),
      yearlyCap: cap('每年上限'),
      needsApproval: z.boolean({ invalid_type_error: '是否审核格式不正确', required_error: '请选择是否需要审核' }),
      subtypeYearlyCaps: attendanceCaps,
    },
    { invalid_type_error: '积分规则格式不正确' },
  )
  .strict()

export const pointsContract = {
  /** The rules table (every member sees the caps they earn against). */
  getRules: action<PointsRules>()(emptyPayload()),
  /** Admin: replace the rules; a new version, entries keep the version they were granted under. */
  updateRules: action<PointsRules>()(
    payload({
      expectedVersion: integer('规则版本', 1, 1_000_000),
      categories: list('积分规则', ruleInput, 5).length(5, '请提交全部 5 个积分类别的规则'),
    }),
  ),
  /** My totals today / this month / quarter / year and progress against the caps. */
  myPoints: action<MyPoints>()(emptyPayload()),
  /** My ledger, newest first; secretaries (own branch) and the admin may read a member's ledger. */
  listEntries: action<LedgerPage>()(
    payload({ memberId: id('党员').optional(), before: z.string().datetime({ offset: true }).optional() }),
  ),
  /** Secretary (own branch) or admin: award (+N) or deduct (−N) with a reason. */
  awardManually: action<GrantResult>()(
    payload({
      memberId: id('党员'),
      points: integer('积分', -100, 100).refine((value) => value !== 0, '积分不能为 0'),
      reason: text('原因', { max: 200 }),
      requestId: id('请求编号'),
    }),
  ),
  /** Secretary (own branch) or admin: cancel an entry by appending its reversal. */
  reverseEntry: action<LedgerEntry>()(
    payload({ entryId: z.string().min(1).max(200), reason: text('冲正原因', { max: 200 }) }),
  ),
  /** A reflection (≥ 200 characters) or offline study (optional photo) for the secretary to review. */
  submitClaim: action<Claim>()(
    z.union([
      payload({
        category: z.literal('reflection'),
        title: text('标题', { min: 2, max: 60 }),
        content: text('心得内容', { min: 200, max: 5000 }),
        requestId: formRequestId(),
      }),
      payload({
        category: z.literal('offline'),
        title: text('学习主题', { min: 2, max: 60 }),
        content: text('学习内容', { min: 10, max: 1000 }),
        photoFileID: fileId('照片').optional(),
        requestId: formRequestId(),
      }),
    ]),
  ),
  myClaims: action<Claim[]>()(emptyPayload()),
  /** Secretary: the branch's pending claims (oldest first) and recent decisions. */
  reviewQueue: action<Claim[]>()(payload({ status: z.enum(['pending', 'approved', 'rejected']).optional() })),
  reviewClaim: action<Claim>()(
    z.union([
      payload({ claimId: id('申请'), decision: z.literal('approve') }),
      payload({ claimId: id('申请'), decision: z.literal('reject'), reason: text('驳回原因', { max: 200 }) }),
    ]),
  ),
  /**
   * Members in a branch or the whole organisation: top 50 and my own rank. Leaders and admins narrow
   * the organisation's list to one unit of the tree they reach (`unitId`: a 二级党委, a 党总支...).
   */
  rankMembers: action<MemberRanking>()(
    payload({
      ...period,
      scope: z.enum(['branch', 'organisation']),
      branchId: id('支部').optional(),
      unitId: id('组织').optional(),
    }),
  ),
  /** Branches by points per active member. */
  rankBranches: action<BranchRanking>()(payload(period)),
  /** Admin: recompute every total from the ledger, report drift and repair it. */
  reconcileTotals: action<ReconcileReport>()(payload({ repair: z.boolean().optional() })),
  ...materialsContract,
  ...pointsSettingsContract,
}

export type PeriodInput = { kind: PeriodKind; key?: string }

export const pointsErrors = {
  POINTS_UNIT_NOT_FOUND: '组织不存在，或不在您的管理范围内',
  POINTS_INVALID_GRANT: '积分发放参数不正确',
  POINTS_BRANCH_MISMATCH: '该党员不属于此支部',
  POINTS_MEMBER_INACTIVE: '该党员状态不是正常，不能记分',
  POINTS_CAP_REACHED: '已达积分上限',
  POINTS_ALREADY_REVERSED: '该积分记录已冲正',
  POINTS_NOT_REVERSIBLE: '该记录不能冲正',
  STUDY_NOT_STARTED: '请先打开学习资料开始学习',
  STUDY_TOO_EARLY: '学习时间不足，请继续学习',
  STUDY_ALREADY_COMPLETED: '该资料已完成学习',
  CLAIM_NOT_PENDING: '该申请已处理',
  RULES_OUTDATED: '积分规则已被他人修改，请刷新后重试',
  ...pointsSettingsErrors,
} as const
