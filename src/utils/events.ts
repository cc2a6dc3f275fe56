import type { EventSummary, MyStanding } from '@contract'
import { ATTENDANCE_STATE_LABELS, EVENT_TYPE_LABELS, type Attendance } from '@contract/eventTypes'
import { shanghai } from './time'

/** 已签到 19:02, 迟到 19:15, or the plain label: what a member sees next to an event. */
export const standingText = (me: MyStanding): string => {
  const label = ATTENDANCE_STATE_LABELS[me.attendance]
  if ((me.attendance === 'checked_in' || me.attendance === 'late') && me.checkedInAt)
    return `${label} ${shanghai(me.checkedInAt).format('HH:mm')}`
  return label
}

export type Tone = 'primary' | 'success' | 'warning' | 'default' | 'danger'

const TONES: Record<Attendance, Tone> = {
  not_started: 'default',
  can_check_in: 'primary',
  checked_in: 'success',
  late: 'warning',
  leave_pending: 'warning',
  on_leave: 'default',
  absent: 'danger',
  cancelled: 'default',
  not_expected: 'default',
}

export const standingTone = (attendance: Attendance): Tone => TONES[attendance]

export const typeLabel = (event: Pick<EventSummary, 'type'>) => EVENT_TYPE_LABELS[event.type]

/** 11月19日 周四 19:00—20:30 */
export const eventWhen = (event: Pick<EventSummary, 'start' | 'end'>) => {
  const start = shanghai(event.start)
  const end = shanghai(event.end)
  const sameDay = start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')
  return `${start.format('M月D日 ddd HH:mm')}—${end.format(sameDay ? 'HH:mm' : 'M月D日 HH:mm')}`
}

export const clock = (instant: string) => shanghai(instant).format('HH:mm')

/** The current month key `YYYY-MM` in Asia/Shanghai, and its neighbours. */
export const monthKey = (offset = 0, from?: string) =>
  (from ? shanghai(`${from}-01T12:00:00+08:00`) : shanghai()).add(offset, 'month').format('YYYY-MM')

export const monthLabel = (key: string) => `${Number(key.slice(0, 4))}年${Number(key.slice(5))}月`

/** 出勤率 = 实到 / (应到 − 请假). */
export const rateText = (checkedIn: number, expected: number, onLeave: number) =>
  expected - onLeave > 0 ? `${Math.round((checkedIn / (expected - onLeave)) * 100)}%` : '—'
