import type { PointsRules } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import type { RulesDoc } from '../../common/db/models/points'
import { currentRules } from '../../common/points/rules'
import { memberNames, nameOf } from '../views'
import type { Database } from '../../common/db/database'

export const toPointsRules = async (db: Database, doc: RulesDoc): Promise<PointsRules> => {
  const names = await memberNames(db, doc.updatedBy ? [doc.updatedBy] : [])
  return {
    version: doc.version,
    updatedAt: doc.updatedAt ? new Date(doc.updatedAt).toISOString() : null,
    updatedByName: doc.updatedBy ? nameOf(names, doc.updatedBy) : null,
    categories: doc.categories,
  }
}

/** The rules in force, for everyone: members see what each action earns and the caps. */
export const getRules = async ({ db }: Context): Promise<PointsRules> => toPointsRules(db, await currentRules(db))
