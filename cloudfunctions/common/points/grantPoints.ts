/**
 * The one way points enter the ledger. Other functions (events on check-in,
 * notices on 签阅) call `grantPoints` inside their own transaction, so an
 * action and its points commit together; `grantPointsNow` runs its own.
 *
 * Concurrency: everything the duplicate and cap checks read is a doc()-level
 * read inside the transaction (the ledger entry by its key, the member, the
 * rules, the member's totals per period), and the grant writes the member's
 * totals it read: two grants of one member at once write the same documents,
 * so one of them conflicts and is retried against the other's result, and the
 * caps hold. Grants of different members write disjoint documents (no branch
 * or organisation total), so a branch checking in together never conflicts.
 */
import {
  CATEGORY_LABELS,
  POINTS_CATEGORIES,
  ATTENDANCE_TYPES,
  type PointsCategory,
  type RuledCategory,
  type AttendanceType,
} from '../contract/points'
import { collections } from '../db/collections'
import type { Database, Transaction } from '../db/database'
import type { MemberDoc } from '../db/models/members'
import { entryPeriods, type LedgerDoc, type RulesDoc } from '../db/models/points'
import { AppError, isDuplicateKeyError } from '../errors'
import { applyCaps } from './caps'
import { ruleFor, rulesInTransaction } from './rules'
import { readMemberTotals, recordEntry, type MemberTotalsByKind } from './totals'
import { readInTransaction } from './txRead'

export type { PointsCategory } from '../contract/points'

export interface Grant {
  memberId: string
  branchId: string
  category: PointsCategory
  /** attendance: the event type (theme_day, general_meeting, …) — caps are per type per year */
  subtype?: string
  /** manual only (±N); other categories take their points from the current rules */
  points?: number
  /** idempotency key, unique: e.g. `attend:<eventId>:<memberId>`, `ack:<noticeId>:<memberId>`, `study:<materialId>:<memberId>` */
  key: string
  /** Chinese, shown to the member in their history */
  reason: string
  source?: { kind: string; id: string }
  /** memberId of the person granting, or 'system' */
  createdBy: string
}

export interface GrantOutcome {
  status: 'granted' | 'capped' | 'duplicate'
  points: number
  message?: string
}

export interface GrantOptions {
  /**
   * When a cap leaves no room, fail with POINTS_CAP_REACHED (so the caller's
   * whole transaction writes nothing) instead of recording a 0-point entry.
   */
  refuseWhenFull?: boolean
}

/** Manual entries are bounded so a typo cannot move a ranking by thousands. */
export const MAX_MANUAL_POINTS = 100
const KEY_PATTERN = /^[A-Za-z0-9_:.-]{1,200}$/

const invalid = (message: string): never => {
  throw new AppError('POINTS_INVALID_GRANT', message)
}

const isManualPoints = (points: unknown): boolean =>
  typeof points === 'number' && Number.isInteger(points) && points !== 0 && Math.abs(points) <= MAX_MANUAL_POINTS

/** Manual grants name their points; every other category takes them from the rules. */
const validatePoints = (grant: Grant): void => {
  if (grant.category !== 'manual') {
    if (grant.points !== undefined) invalid('该类别的积分由积分规则决定，不能指定分值')
  } else if (!isManualPoints(grant.points)) invalid(`手动积分必须是 1 到 ${MAX_MANUAL_POINTS} 之间的整数（扣分为负数）`)
}

const validReason = (reason: unknown): boolean =>
  typeof reason === 'string' && reason.trim() !== '' && reason.length <= 200

const validateGrant = (grant: Grant): void => {
  if (!POINTS_CATEGORIES.includes(grant.category)) invalid('未知的积分类别')
  if (typeof grant.key !== 'string' || !KEY_PATTERN.test(grant.key)) invalid('积分记录编号格式不正确')
  if (!validReason(grant.reason)) invalid('请填写积分原因（不超过 200 字）')
  validatePoints(grant)
  if (grant.category === 'attendance' && !ATTENDANCE_TYPES.includes(grant.subtype as AttendanceType))
    invalid('未知的活动类型')
}

const assertMemberOfBranch = (member: MemberDoc | null, grant: Grant): void => {
  if (!member) throw new AppError('NOT_FOUND', '未找到该党员')
  if (member.branchId !== grant.branchId) throw new AppError('POINTS_BRANCH_MISMATCH')
  if (member.status !== 'active') throw new AppError('POINTS_MEMBER_INACTIVE')
}

/** The points a grant asks for and what the caps leave of them (manual grants are not capped). */
const decidePoints = (grant: Grant, rules: RulesDoc, memberTotals: MemberTotalsByKind) => {
  if (grant.category === 'manual') {
    const requested = grant.points as number
    return { requested, capped: { points: requested, message: null } }
  }
  const rule = ruleFor(rules, grant.category as RuledCategory)
  return { requested: rule.points, capped: applyCaps(rule, memberTotals, rule.points, grant.subtype ?? null) }
}

const entryStatus = (capped: { points: number; message: string | null }): LedgerDoc['status'] =>
  capped.message === null ? 'granted' : capped.points === 0 ? 'refused' : 'capped'

/** A grant checked and decided inside a transaction, not yet written. */
export interface PreparedGrant {
  outcome: GrantOutcome
  /** What to write; null for a duplicate (the key is already in the ledger). */
  write: { entry: LedgerDoc; memberTotals: MemberTotalsByKind } | null
}

/**
 * The read half of a grant: one round of reads inside the caller's
 * transaction (the ledger key, the member, the rules, the member's totals),
 * then the duplicate and cap decisions. Callers issue their own reads
 * alongside it and its write alongside their own writes, so a check-in or a
 * 签阅 costs one read round and one write round inside its transaction.
 */
export async function prepareGrant(
  tx: Transaction,
  grant: Grant,
  now: Date,
  options: GrantOptions = {},
): Promise<PreparedGrant> {
  validateGrant(grant)
  const periods = entryPeriods(now)
  const [existing, member, rules, memberTotals] = await Promise.all([
    readInTransaction<LedgerDoc>(tx, collections.pointsLedger.name, grant.key),
    readInTransaction<MemberDoc>(tx, collections.members.name, grant.memberId),
    rulesInTransaction(tx),
    readMemberTotals(tx, grant.memberId, periods),
  ])
  if (existing) return { outcome: duplicateOf(existing), write: null }
  return decideGrant(grant, member, rules, memberTotals, now, options)
}

/**
 * The decision half of a grant, without any I/O: the member check, the caps
 * against the member's totals, and the ledger entry to write. `prepareGrant`
 * feeds it what the transaction read; the demo seed's history feeds it the
 * totals it folds in memory, so both write exactly what a grant writes.
 */
export function decideGrant(
  grant: Grant,
  member: MemberDoc | null,
  rules: RulesDoc,
  memberTotals: MemberTotalsByKind,
  now: Date,
  options: GrantOptions = {},
): PreparedGrant {
  validateGrant(grant)
  const periods = entryPeriods(now)
  assertMemberOfBranch(member, grant)
  const subtype = grant.subtype ?? null
  const { requested, capped } = decidePoints(grant, rules, memberTotals)
  if (capped.points === 0 && options.refuseWhenFull)
    throw new AppError('POINTS_CAP_REACHED', capped.message ?? undefined)
  const entry: LedgerDoc = {
    _id: grant.key,
    memberId: grant.memberId,
    branchId: grant.branchId,
    category: grant.category,
    subtype,
    points: capped.points,
    requestedPoints: requested,
    reason: grant.reason.trim(),
    capMessage: capped.message,
    source: grant.source ?? null,
    ruleVersion: rules.version,
    status: entryStatus(capped),
    periods,
    reversalOf: null,
    createdBy: grant.createdBy,
    createdAt: now,
    ...(member?.unitIds ? { unitIds: member.unitIds } : {}),
  }
  const outcome: GrantOutcome =
    capped.message === null
      ? { status: 'granted', points: capped.points }
      : { status: 'capped', points: capped.points, message: capped.message }
  return { outcome, write: { entry, memberTotals } }
}

/** The write half: the ledger entry and the member's totals, in one round trip (nothing for a duplicate). */
export const writeGrant = async (tx: Transaction, prepared: PreparedGrant): Promise<void> => {
  if (prepared.write) await recordEntry(tx, prepared.write.entry, prepared.write.memberTotals)
}

/** Records one grant inside the caller's transaction: once per key, within the caps, totals updated alongside. */
export async function grantPoints(
  tx: Transaction,
  grant: Grant,
  now: Date,
  options: GrantOptions = {},
): Promise<GrantOutcome> {
  const prepared = await prepareGrant(tx, grant, now, options)
  await writeGrant(tx, prepared)
  return prepared.outcome
}

const duplicateOf = (entry: LedgerDoc): GrantOutcome => ({
  status: 'duplicate',
  points: entry.points,
  ...(entry.capMessage ? { message: entry.capMessage } : {}),
})

/** Convenience: one grant in its own transaction. A concurrent twin that won the race is reported as a duplicate. */
export async function grantPointsNow(
  db: Database,
  grant: Grant,
  now: Date,
  options: GrantOptions = {},
): Promise<GrantOutcome> {
  try {
    return await db.runTransaction((tx) => grantPoints(tx, grant, now, options))
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error
    const { data } = await db
      .collection<LedgerDoc>(collections.pointsLedger.name)
      .where({ _id: grant.key })
      .limit(1)
      .get()
    if (!data[0]) throw error
    return duplicateOf(data[0])
  }
}

export const categoryLabel = (category: PointsCategory) => CATEGORY_LABELS[category]
