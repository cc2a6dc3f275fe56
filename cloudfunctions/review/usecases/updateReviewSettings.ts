import type { ReviewSettings, ReviewSettingsInput } from '../../common/contract/review'
import type { Context } from '../../common/handler'
import { REVIEW_SETTINGS_ID, reviewSettingsInForce, settingsOf } from '../settings'

/**
 * The organisation's admin sets the cap on 优秀 (percent; reviews opened from
 * now on use it) and, optionally, the holiday calendar 公示 counts working
 * days on (publications from now on use it). A list left out keeps its value.
 */
export const updateReviewSettings = async (
  { db, caller, now }: Context,
  input: ReviewSettingsInput,
): Promise<ReviewSettings> => {
  const current = await reviewSettingsInForce(db)
  const settings: ReviewSettings = {
    excellentPercent: input.excellentPercent,
    holidays: [...new Set(input.holidays ?? current.holidays)].sort(),
    workingWeekends: [...new Set(input.workingWeekends ?? current.workingWeekends)].sort(),
  }
  await settingsOf(db)
    .doc(REVIEW_SETTINGS_ID)
    .set({ data: { ...settings, updatedBy: caller.member._id, updatedAt: now } })
  return settings
}
