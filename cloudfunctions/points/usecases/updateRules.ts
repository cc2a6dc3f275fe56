import { ATTENDANCE_LABELS, RULED_CATEGORIES, type CategoryRule, type PointsRules } from '../../common/contract/points'
import type { ParsedInputOf } from '../../common/contract/define'
import type { pointsContract } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { RulesDoc } from '../../common/db/models/points'
import { CURRENT_RULES_ID, rulesInTransaction, rulesVersionId } from '../../common/points/rules'
import { toPointsRules } from './getRules'

type UpdateRulesInput = ParsedInputOf<typeof pointsContract.updateRules>

/** Every category once, and attendance caps for every event type (other categories have none). */
const normalise = (categories: UpdateRulesInput['categories']): CategoryRule[] => {
  const seen = new Set(categories.map((rule) => rule.category))
  if (seen.size !== RULED_CATEGORIES.length) throw new AppError('INVALID_INPUT', '积分类别重复或缺失，请提交全部类别')
  return RULED_CATEGORIES.map((category) => {
    const rule = categories.find((candidate) => candidate.category === category) as CategoryRule
    if (category !== 'attendance') return { ...rule, subtypeYearlyCaps: {}, needsApproval: needsApprovalOf(rule) }
    const missing = Object.entries(ATTENDANCE_LABELS).find(([type]) => !(type in rule.subtypeYearlyCaps))
    if (missing) throw new AppError('INVALID_INPUT', `请填写${missing[1]}的年度上限`)
    return { ...rule, needsApproval: false }
  })
}

/** Only claims can wait for a secretary; automatic grants have nobody to approve them. */
const needsApprovalOf = (rule: CategoryRule) =>
  rule.category === 'reflection' || rule.category === 'offline' ? rule.needsApproval : false

/**
 * A new rules version. The current document and the version's snapshot are
 * written in one transaction; grants read the current document in theirs, so
 * every entry records the version it was actually granted under.
 */
export const updateRules = async ({ db, caller, now }: Context, input: UpdateRulesInput): Promise<PointsRules> => {
  const categories = normalise(input.categories)
  const saved = await db.runTransaction(async (tx) => {
    const current = await rulesInTransaction(tx)
    if (current.version !== input.expectedVersion) throw new AppError('RULES_OUTDATED')
    const next: Omit<RulesDoc, '_id'> = {
      version: current.version + 1,
      categories,
      updatedAt: now,
      updatedBy: caller.member._id,
    }
    await tx.collection(collections.pointsRules.name).doc(CURRENT_RULES_ID).set({ data: next })
    await tx.collection(collections.pointsRules.name).add({ data: { _id: rulesVersionId(next.version), ...next } })
    return { _id: CURRENT_RULES_ID, ...next }
  })
  return toPointsRules(db, saved)
}
