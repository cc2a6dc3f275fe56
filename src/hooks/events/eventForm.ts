import type { BranchEventRow, EventDetail, Payload, Venue } from '@contract'
import {
  DEFAULT_LATE_AFTER_MINUTES,
  DEFAULT_OPENS_BEFORE_MINUTES,
  DEFAULT_RADIUS_METERS,
  EVENT_TEXT_LIMITS,
} from '@contract/eventTypes'
import type { CheckinMethod, EventType } from '@contract/eventTypes'
import { tooLong } from '@/utils/limits'
import { TIME_ZONE, dayjs, shanghai } from '@/utils/time'

/** The secretary's event form as the inputs hold it (strings, Asia/Shanghai dates and times). */
export interface EventForm {
  type: EventType
  title: string
  agenda: string
  venueName: string
  latitude: string
  longitude: string
  radius: string
  startDate: string
  startTime: string
  endDate: string
  endTime: string
  groupId: string | null
  method: CheckinMethod
  opensBeforeMinutes: string
  lateAfterMinutes: string
}

/** Starts at the next half hour, so a meeting planned on the spot is open for check-in at once. */
export const blankForm = (now = shanghai()): EventForm => {
  const start = now
    .add(30 - (now.minute() % 30), 'minute')
    .second(0)
    .millisecond(0)
  const end = start.add(90, 'minute')
  return {
    type: 'theme_day',
    title: '',
    agenda: '',
    venueName: '',
    latitude: '',
    longitude: '',
    radius: String(DEFAULT_RADIUS_METERS),
    startDate: start.format('YYYY-MM-DD'),
    startTime: start.format('HH:mm'),
    endDate: end.format('YYYY-MM-DD'),
    endTime: end.format('HH:mm'),
    groupId: null,
    method: 'code',
    opensBeforeMinutes: String(DEFAULT_OPENS_BEFORE_MINUTES),
    lateAfterMinutes: String(DEFAULT_LATE_AFTER_MINUTES),
  }
}

export const formOf = (event: EventDetail): EventForm => {
  const start = shanghai(event.start)
  const end = shanghai(event.end)
  return {
    type: event.type,
    title: event.title,
    agenda: event.agenda,
    venueName: event.venue.name,
    latitude: event.venue.latitude == null ? '' : String(event.venue.latitude),
    longitude: event.venue.longitude == null ? '' : String(event.venue.longitude),
    radius: String(event.venue.radius),
    startDate: start.format('YYYY-MM-DD'),
    startTime: start.format('HH:mm'),
    endDate: end.format('YYYY-MM-DD'),
    endTime: end.format('HH:mm'),
    groupId: event.groupId,
    method: event.method,
    opensBeforeMinutes: String(event.opensBeforeMinutes),
    lateAfterMinutes: String(event.lateAfterMinutes),
  }
}

const instantOf = (date: string, time: string) => dayjs.tz(`${date} ${time}`, TIME_ZONE).toISOString()

const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value))

const DEFAULT_DURATION_MS = 90 * 60_000

/**
 * A new start date or time moves the end with it, keeping the meeting's
 * length: a 主题党日 moved to December does not keep ending in November.
 */
export const moveStart = (form: EventForm, patch: Pick<Partial<EventForm>, 'startDate' | 'startTime'>): EventForm => {
  const length =
    Date.parse(instantOf(form.endDate, form.endTime)) - Date.parse(instantOf(form.startDate, form.startTime))
  const next = { ...form, ...patch }
  const end = shanghai(instantOf(next.startDate, next.startTime)).add(
    length > 0 ? length : DEFAULT_DURATION_MS,
    'millisecond',
  )
  return { ...next, endDate: end.format('YYYY-MM-DD'), endTime: end.format('HH:mm') }
}

/** A venue used before fills the name, its coordinates and its check-in radius. */
export const withVenue = (form: EventForm, venue: Venue): EventForm => ({
  ...form,
  venueName: venue.name,
  latitude: venue.latitude == null ? '' : String(venue.latitude),
  longitude: venue.longitude == null ? '' : String(venue.longitude),
  radius: String(venue.radius),
})

/** The branch's other live events whose time overlaps the form's: the secretary is asked before saving. */
export const overlapping = (form: EventForm, events: BranchEventRow[], selfId?: string): BranchEventRow[] => {
  const start = Date.parse(instantOf(form.startDate, form.startTime))
  const end = Date.parse(instantOf(form.endDate, form.endTime))
  return events.filter(
    (event) =>
      event.id !== selfId &&
      event.status !== 'cancelled' &&
      Date.parse(event.start) < end &&
      start < Date.parse(event.end),
  )
}

/** The months (YYYY-MM) the form's time touches: where overlapping events can be. */
export const monthsOf = (form: EventForm): string[] => [
  ...new Set([form.startDate.slice(0, 7), form.endDate.slice(0, 7)]),
]

const lengthProblem = (form: EventForm): string | null =>
  tooLong('活动主题', form.title, EVENT_TEXT_LIMITS.title) ??
  tooLong('活动地点', form.venueName, EVENT_TEXT_LIMITS.venue) ??
  tooLong('活动议程', form.agenda, EVENT_TEXT_LIMITS.agenda)

/** The venue's point: location check-in needs one, and a point needs both coordinates. */
const pointProblem = (form: EventForm): string | null => {
  const hasPoint = form.latitude.trim() !== '' && form.longitude.trim() !== ''
  if (form.method !== 'code' && !hasPoint) return '定位签到需要设置活动地点的经纬度'
  if ((form.latitude.trim() === '') !== (form.longitude.trim() === '')) return '请同时填写经度和纬度'
  return null
}

/** Client-side checks worded like the server's; the server still decides. */
export const checkForm = (form: EventForm): string | null => {
  if (!form.title.trim()) return '请填写活动主题'
  if (!form.venueName.trim()) return '请填写活动地点'
  const tooLongText = lengthProblem(form)
  if (tooLongText) return tooLongText
  if (form.type === 'group_meeting' && !form.groupId) return '党小组会请选择党小组'
  if (instantOf(form.endDate, form.endTime) <= instantOf(form.startDate, form.startTime))
    return '结束时间必须晚于开始时间'
  return pointProblem(form)
}

export const toPayload = (form: EventForm): Payload<'events', 'createEvent'> => ({
  type: form.type,
  title: form.title.trim(),
  agenda: form.agenda.trim(),
  venue: {
    name: form.venueName.trim(),
    latitude: numberOrNull(form.latitude),
    longitude: numberOrNull(form.longitude),
    radius: Number(form.radius) || DEFAULT_RADIUS_METERS,
  },
  start: instantOf(form.startDate, form.startTime),
  end: instantOf(form.endDate, form.endTime),
  groupId: form.type === 'group_meeting' ? form.groupId : null,
  method: form.method,
  opensBeforeMinutes: Number(form.opensBeforeMinutes) || 0,
  lateAfterMinutes: Number(form.lateAfterMinutes) || 0,
})
