import { MESSAGE_KINDS, type MessageKind } from '../contract/noticeLimits'
import { collections } from '../db/collections'
import type { Database } from '../db/database'
import type { NoticeSettingsDoc } from '../db/models/notices'
import { SETTINGS_ID } from './ids'

export interface NoticeSettings {
  templates: Record<MessageKind, string>
  leadMinutes: number
}

const DEFAULT_LEAD_MINUTES = 60

/**
 * Defaults from the function's environment variables (set in the cloud
 * console), used until the admin saves settings in the app. See README
 * "Notices: subscribe messages".
 */
export const settingsFromEnvironment = (env: NodeJS.ProcessEnv = process.env): NoticeSettings => {
  const lead = Number(env.NOTICE_MEETING_LEAD_MINUTES)
  return {
    templates: {
      notice: env.NOTICE_TEMPLATE_NOTICE ?? '',
      reminder: env.NOTICE_TEMPLATE_REMINDER ?? '',
      meeting: env.NOTICE_TEMPLATE_MEETING ?? '',
      leave: env.NOTICE_TEMPLATE_LEAVE ?? '',
      birthday: env.NOTICE_TEMPLATE_BIRTHDAY ?? '',
    },
    leadMinutes: Number.isInteger(lead) && lead > 0 ? lead : DEFAULT_LEAD_MINUTES,
  }
}

export const readSettings = async (db: Database): Promise<NoticeSettings> => {
  const { data } = await db
    .collection<NoticeSettingsDoc>(collections.noticeSettings.name)
    .where({ _id: SETTINGS_ID })
    .limit(1)
    .get()
  const saved = data[0]
  const fromEnvironment = settingsFromEnvironment()
  // Settings saved before a kind existed keep that kind's environment default.
  return saved
    ? { templates: { ...fromEnvironment.templates, ...saved.templates }, leadMinutes: saved.leadMinutes }
    : fromEnvironment
}

export const kindOfTemplate = (settings: NoticeSettings, templateId: string): MessageKind | undefined =>
  MESSAGE_KINDS.find((kind) => settings.templates[kind] === templateId)
