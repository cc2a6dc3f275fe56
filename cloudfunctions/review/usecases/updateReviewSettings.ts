import type { Context } from '../../common/handler'
import { REVIEW_SETTINGS_ID, settingsOf } from '../settings'

/** The admin sets the organisation's cap on 优秀 (percent); reviews opened from now on use it. */
export const updateReviewSettings = async (
  { db, caller, now }: Context,
  input: { excellentPercent: number },
): Promise<{ excellentPercent: number }> => {
  await settingsOf(db)
    .doc(REVIEW_SETTINGS_ID)
    .set({ data: { excellentPercent: input.excellentPercent, updatedBy: caller.member._id, updatedAt: now } })
  return { excellentPercent: input.excellentPercent }
}
