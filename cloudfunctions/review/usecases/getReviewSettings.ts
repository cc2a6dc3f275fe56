import type { ReviewSettings } from '../../common/contract/review'
import type { Context } from '../../common/handler'
import { reviewSettingsInForce } from '../settings'

/** The review settings in force (the admin's settings page). */
export const getReviewSettings = async ({ db }: Context): Promise<ReviewSettings> => reviewSettingsInForce(db)
