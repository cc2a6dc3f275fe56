import type { CategoryRule, RuledCategory } from '../contract/points'
import { collections } from '../db/collections'
import type { Database, Transaction } from '../db/database'
import type { RulesDoc } from '../db/models/points'
import { AppError } from '../errors'
import { DEFAULT_RULES, DEFAULT_RULES_VERSION } from './defaultRules'
import { readInTransaction } from './txRead'

export const CURRENT_RULES_ID = 'current'
export const rulesVersionId = (version: number) => `v${version}`

const defaultRulesDoc = (): RulesDoc => ({
  _id: CURRENT_RULES_ID,
  version: DEFAULT_RULES_VERSION,
  categories: DEFAULT_RULES,
  updatedAt: null,
  updatedBy: null,
})

/** The rules in force, as the transaction sees them (so a grant and a rules change never interleave). */
export const rulesInTransaction = async (tx: Transaction): Promise<RulesDoc> =>
  (await readInTransaction<RulesDoc>(tx, collections.pointsRules.name, CURRENT_RULES_ID)) ?? defaultRulesDoc()

export const currentRules = async (db: Database): Promise<RulesDoc> => {
  const { data } = await db
    .collection<RulesDoc>(collections.pointsRules.name)
    .where({ _id: CURRENT_RULES_ID })
    .limit(1)
    .get()
  return data[0] ?? defaultRulesDoc()
}

export const ruleFor = (rules: RulesDoc, category: RuledCategory): CategoryRule => {
  const rule = rules.categories.find((candidate) => candidate.category === category)
  if (!rule) throw new AppError('POINTS_INVALID_GRANT', '未知的积分类别')
  return rule
}
