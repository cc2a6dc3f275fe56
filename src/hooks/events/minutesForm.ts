import type { EventDetail, Payload } from '@contract'
import { EVENT_TEXT_LIMITS as LIMITS } from '@contract/eventTypes'
import { tooLong } from '@/utils/limits'

export { absenceLine } from '@contract/eventTypes'

/** The typed parts of a 会议记录; 应到 / 实到 / 缺席 come from the attendance. */
export interface MinutesForm {
  host: string
  recorder: string
  agenda: string
  text: string
  decisions: string
}

export type MinutesField = keyof MinutesForm

/** Saved minutes as they are; new ones start from the event's agenda, the secretary chairing and recording. */
export const minutesFormOf = (event: EventDetail, myName: string): MinutesForm =>
  event.minutes
    ? {
        host: event.minutes.host,
        recorder: event.minutes.recorder,
        agenda: event.minutes.agenda || event.agenda,
        text: event.minutes.text,
        decisions: event.minutes.decisions,
      }
    : { host: myName, recorder: myName, agenda: event.agenda, text: '', decisions: '' }

export const MINUTES_FIELDS: { key: MinutesField; label: string; limit: number; min: number; multiline: boolean }[] = [
  { key: 'host', label: '主持人', limit: LIMITS.host, min: 1, multiline: false },
  { key: 'recorder', label: '记录人', limit: LIMITS.recorder, min: 1, multiline: false },
  { key: 'agenda', label: '会议议程', limit: LIMITS.agenda, min: 2, multiline: true },
  { key: 'text', label: '会议内容', limit: LIMITS.minutesText, min: 10, multiline: true },
  { key: 'decisions', label: '决议和决定事项', limit: LIMITS.decisions, min: 0, multiline: true },
]

/** The first problem, worded like the server's; null when the minutes can be saved. */
export const checkMinutes = (form: MinutesForm): string | null => {
  for (const { key, label, limit, min } of MINUTES_FIELDS) {
    const length = form[key].trim().length
    if (min === 1 && length === 0) return `请填写${label}`
    if (min > 1 && length < min) return `${label}至少需要 ${min} 个字`
    const over = tooLong(label, form[key], limit)
    if (over) return over
  }
  return null
}

export const toMinutesPayload = (
  eventId: string,
  form: MinutesForm,
  photos: string[],
): Payload<'events', 'recordMinutes'> => ({
  eventId,
  host: form.host.trim(),
  recorder: form.recorder.trim(),
  agenda: form.agenda.trim(),
  text: form.text.trim(),
  decisions: form.decisions.trim(),
  photos,
})
