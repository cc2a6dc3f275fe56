import { DEFAULT_EXCELLENT_RATIO } from '../common/contract/reviewLabels'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { ReviewSettingsDoc } from '../common/db/models/review'
import { first } from './store'

export const REVIEW_SETTINGS_ID = 'review'

export const settingsOf = (db: Database) => db.collection<ReviewSettingsDoc>(collections.orgSettings.name)

/** The organisation's cap on 优秀 in percent: the admin's setting, else 30 %. */
export const excellentPercentInForce = async (db: Database): Promise<number> =>
  (await first(settingsOf(db).where({ _id: REVIEW_SETTINGS_ID }).limit(1)))?.excellentPercent ??
  Math.round(DEFAULT_EXCELLENT_RATIO * 100)
