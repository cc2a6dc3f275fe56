import type {
  CategoryRule,
  ClaimCategory,
  ClaimStatus,
  EntryStatus,
  MaterialKind,
  PointsCategory,
  RankingVisibility,
} from '../../contract/points'
import { dayKey, periodKey } from '../../periods'

/** Day, month, quarter and year keys (Asia/Shanghai) a ledger entry counts in. */
export interface EntryPeriods {
  day: string
  month: string
  quarter: string
  year: string
}

/** The Asia/Shanghai day, month, quarter and year an instant falls in. */
export const entryPeriods = (at: Date): EntryPeriods => ({
  day: dayKey(at),
  month: periodKey('month', at),
  quarter: periodKey('quarter', at),
  year: periodKey('year', at),
})

/** `_id` is the idempotency key, so a retried or concurrent grant cannot be recorded twice. Never updated or removed. */
export interface LedgerDoc {
  _id: string
  memberId: string
  branchId: string
  category: PointsCategory
  subtype: string | null
  points: number
  requestedPoints: number
  reason: string
  capMessage: string | null
  source: { kind: string; id: string } | null
  ruleVersion: number
  status: EntryStatus
  /** A reversal counts in its original entry's periods, so the mistaken period is the one corrected. */
  periods: EntryPeriods
  reversalOf: string | null
  createdBy: string
  createdAt: Date
  /** The member's unit path at the entry (root → branch), which their totals then carry for unit rankings. */
  unitIds?: string[]
}

export type TotalsKind = 'day' | 'month' | 'quarter' | 'year'

export const TOTALS_KINDS: readonly TotalsKind[] = ['day', 'month', 'quarter', 'year']

export const memberTotalsId = (memberId: string, key: string) => `${memberId}:${key}`

/**
 * `_id` is `<memberId>:<periodKey>`: the per-member running sums that caps
 * check and rankings read, updated in the ledger entry's transaction. Branch
 * figures are sums of these (`branchId` is the member's branch at their
 * latest entry of the period), never stored.
 */
export interface MemberTotalsDoc {
  _id: string
  memberId: string
  branchId: string
  kind: TotalsKind
  periodKey: string
  /** The member's unit path at their latest entry of the period: a unit's ranking is `where({ periodKey, unitIds })`. */
  unitIds?: string[]
  points: number
  byCategory: Partial<Record<PointsCategory, number>>
  /** Attendance per event type (yearly caps are per type). */
  bySubtype: Record<string, number>
  entries: number
  updatedAt: Date
}

/** `_id` is `current` (the rules in force) or `v<version>` (every version ever in force). */
export interface RulesDoc {
  _id: string
  version: number
  categories: CategoryRule[]
  updatedAt: Date | null
  updatedBy: string | null
}

/** `orgSettings/points`: 减负 settings (admin); missing = the defaults. */
export interface PointsSettingsDoc {
  _id: string
  rankingVisibility: RankingVisibility
  studyTimed: boolean
  updatedAt: Date
  updatedBy: string
}

export interface MaterialDoc {
  _id: string
  title: string
  kind: MaterialKind
  body: string
  videoUrl: string | null
  videoFileID: string | null
  requiredSeconds: number
  /** null: organisation-wide (admin); otherwise the publishing secretary's branch. */
  branchId: string | null
  publishedBy: string
  publishedAt: Date
  /** 下架: hidden from members (missing on older documents = published). */
  withdrawnAt?: Date | null
  withdrawnBy?: string | null
  updatedAt?: Date | null
}

/** `_id` is `<materialId>:<memberId>`: one study of a material per member. */
export interface StudySessionDoc {
  _id: string
  materialId: string
  memberId: string
  startedAt: Date
  completedAt: Date | null
}

export interface ClaimDoc {
  _id: string
  memberId: string
  branchId: string
  category: ClaimCategory
  title: string
  content: string
  photoFileID: string | null
  status: ClaimStatus
  createdAt: Date
  reviewedBy: string | null
  reviewedAt: Date | null
  rejectReason: string | null
  grantedPoints: number | null
  grantMessage: string | null
}

/** A new, pending claim of `member` (the builder every writer of claims uses: use case, seed, fixtures). */
export const claimDoc = (
  _id: string,
  member: { _id: string; branchId: string },
  fields: { category: ClaimCategory; title: string; content: string; photoFileID?: string | null },
  createdAt: Date,
): ClaimDoc => ({
  _id,
  memberId: member._id,
  branchId: member.branchId,
  category: fields.category,
  title: fields.title,
  content: fields.content,
  photoFileID: fields.photoFileID ?? null,
  status: 'pending',
  createdAt,
  reviewedBy: null,
  reviewedAt: null,
  rejectReason: null,
  grantedPoints: null,
  grantMessage: null,
})
