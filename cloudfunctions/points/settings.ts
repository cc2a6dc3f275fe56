import type { PointsSettings, RankingAccess } from '../common/contract/points'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { MemberDoc } from '../common/db/models/members'
import type { PointsSettingsDoc } from '../common/db/models/points'
import { AppError } from '../common/errors'
import { currentRules, ruleFor } from '../common/points/rules'
import { oversees } from '../common/rules/access'

export const POINTS_SETTINGS_ID = 'points'

/** 减负 defaults: members see only their own standing, and nobody is timed while studying. */
export const DEFAULT_POINTS_SETTINGS = { rankingVisibility: 'own', studyTimed: false } as const

export type SettingsInForce = Pick<PointsSettings, 'rankingVisibility' | 'studyTimed'> & {
  updatedAt: Date | null
  updatedBy: string | null
}

/** The settings in force: the admin's, or the defaults until they saved any. */
export const readPointsSettings = async (db: Database): Promise<SettingsInForce> => {
  const { data } = await db
    .collection<PointsSettingsDoc>(collections.orgSettings.name)
    .where({ _id: POINTS_SETTINGS_ID })
    .limit(1)
    .get()
  const saved = data[0]
  if (!saved) return { ...DEFAULT_POINTS_SETTINGS, updatedAt: null, updatedBy: null }
  return {
    rankingVisibility: saved.rankingVisibility,
    studyTimed: saved.studyTimed,
    updatedAt: saved.updatedAt,
    updatedBy: saved.updatedBy,
  }
}

/** What a member may see of rankings: leaders and admins always the full lists, everyone else as the setting says. */
export const rankingAccess = (member: MemberDoc, settings: SettingsInForce): RankingAccess => {
  if (oversees(member)) return 'full'
  return settings.rankingVisibility === 'leaders' ? 'none' : settings.rankingVisibility
}

/** Rankings answer only callers the setting lets see them; the rest get RANKING_HIDDEN (nothing is merely hidden in the app). */
export const assertSeesRankings = async (db: Database, member: MemberDoc): Promise<'own' | 'full'> => {
  const access = rankingAccess(member, await readPointsSettings(db))
  if (access === 'none') throw new AppError('RANKING_HIDDEN')
  return access
}

/** What completing a material earns and whether its study time is enforced. */
export const studyTerms = async (db: Database): Promise<{ points: number; timed: boolean }> => {
  const [rules, settings] = await Promise.all([currentRules(db), readPointsSettings(db)])
  return { points: ruleFor(rules, 'study').points, timed: settings.studyTimed }
}
