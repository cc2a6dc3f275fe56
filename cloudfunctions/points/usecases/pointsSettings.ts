import type { PointsSettings, RankingVisibility } from '../../common/contract/points'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { PointsSettingsDoc } from '../../common/db/models/points'
import { POINTS_SETTINGS_ID, readPointsSettings } from '../settings'
import { memberNames } from '../views'

const toSettings = async (db: Database): Promise<PointsSettings> => {
  const settings = await readPointsSettings(db)
  const names = settings.updatedBy ? await memberNames(db, [settings.updatedBy]) : new Map<string, string>()
  return {
    rankingVisibility: settings.rankingVisibility,
    studyTimed: settings.studyTimed,
    updatedAt: settings.updatedAt ? new Date(settings.updatedAt).toISOString() : null,
    updatedByName: settings.updatedBy ? (names.get(settings.updatedBy) ?? null) : null,
  }
}

/** Any member: the ranking visibility and study timing in force. */
export const getSettings = async ({ db }: Context): Promise<PointsSettings> => toSettings(db)

/** Admin: saves both settings at once (a plain `set`: one document, written by one admin, never in a transaction). */
export const updateSettings = async (
  { db, caller, now }: Context,
  input: { rankingVisibility: RankingVisibility; studyTimed: boolean },
): Promise<PointsSettings> => {
  const doc: Omit<PointsSettingsDoc, '_id'> = {
    rankingVisibility: input.rankingVisibility,
    studyTimed: input.studyTimed,
    updatedAt: now,
    updatedBy: caller.member._id,
  }
  await db.collection(collections.orgSettings.name).doc(POINTS_SETTINGS_ID).set({ data: doc })
  return toSettings(db)
}
