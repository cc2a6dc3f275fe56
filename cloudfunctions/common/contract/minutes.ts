import { z } from 'zod'
import { id, list, optionalText, payload, text } from '../validation'
import type { Instant } from './common'
import { EVENT_TEXT_LIMITS as LIMITS, MAX_MINUTES_PHOTOS } from './eventTypes'

/** Photos come from the app's own uploads: cloud storage ids, or local ids on the local host. */
const fileID = z
  .string({ invalid_type_error: '照片格式不正确' })
  .regex(/^(cloud|local):\/\/[A-Za-z0-9._\-/]{1,300}$/, '照片格式不正确')

/**
 * A 会议记录 as the 组织生活 ledger expects it: who chaired and who wrote it,
 * the agenda, what was said, what was decided, and photos. 应到 / 实到 / 缺席
 * and the reasons are not typed: they come from the attendance itself.
 */
export const minutesInput = payload({
  eventId: id('活动'),
  host: text('主持人', { max: LIMITS.host }),
  recorder: text('记录人', { max: LIMITS.recorder }),
  agenda: text('会议议程', { min: 2, max: LIMITS.agenda }),
  text: text('会议内容', { min: 10, max: LIMITS.minutesText }),
  decisions: optionalText('决议和决定事项', LIMITS.decisions),
  photos: list('照片', fileID, MAX_MINUTES_PHOTOS).default([]),
})

export type MinutesInput = z.output<typeof minutesInput>

export interface Minutes {
  host: string
  recorder: string
  agenda: string
  text: string
  decisions: string
  photos: string[]
  recordedAt: Instant
  recordedByName: string
}
