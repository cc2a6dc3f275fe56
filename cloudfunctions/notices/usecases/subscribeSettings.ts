import type { MessageKind, SubscribeSettings } from '../../common/contract'
import type { Context } from '../../common/handler'
import { collections } from '../../common/db/collections'
import type { NoticeSettingsDoc } from '../../common/db/models/notices'
import { SETTINGS_ID } from '../../common/notices/ids'
import { readSettings } from '../../common/notices/settings'

/** Admin: the subscribe-message templates and the before-meeting lead time in force. */
export const getSubscribeSettings = async ({ db }: Context): Promise<SubscribeSettings> => readSettings(db)

/** Admin: saves the settings; from now on they override the function's environment defaults. */
export const updateSubscribeSettings = async (
  { db, caller, now }: Context,
  input: { templates: Record<MessageKind, string>; leadMinutes: number },
): Promise<SubscribeSettings> => {
  const doc: Omit<NoticeSettingsDoc, '_id'> = {
    templates: { ...input.templates },
    leadMinutes: input.leadMinutes,
    updatedAt: now,
    updatedBy: caller.member._id,
  }
  await db.collection(collections.noticeSettings.name).doc(SETTINGS_ID).set({ data: doc })
  return readSettings(db)
}
