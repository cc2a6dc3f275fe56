import type { ReviewSettings } from '../common/contract/review'
import { DEFAULT_EXCELLENT_RATIO } from '../common/contract/reviewLabels'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { ReviewSettingsDoc } from '../common/db/models/review'
import { first } from './store'

export const REVIEW_SETTINGS_ID = 'review'

export const settingsOf = (db: Database) => db.collection<ReviewSettingsDoc>(collections.orgSettings.name)

/** The organisation's review settings as saved by the admin; defaults where nothing was saved: 30 %, plain weeks. */
export const reviewSettingsInForce = async (db: Database): Promise<ReviewSettings> => {
  const saved = await first(settingsOf(db).where({ _id: REVIEW_SETTINGS_ID }).limit(1))
  return {
    excellentPercent: saved?.excellentPercent ?? Math.round(DEFAULT_EXCELLENT_RATIO * 100),
    holidays: saved?.holidays ?? [],
    workingWeekends: saved?.workingWeekends ?? [],
  }
}

/** The organisation's cap on 优秀 in percent: the admin's setting, else 30 %. */
export const excellentPercentInForce = async (db: Database): Promise<number> =>
  (await reviewSettingsInForce(db)).excellentPercent
