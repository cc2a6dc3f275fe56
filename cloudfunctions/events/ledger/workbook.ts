import {
  ATTENDANCE_STATE_LABELS,
  CHECKIN_WAY_LABELS,
  EVENT_PHASE_LABELS,
  EVENT_TYPE_LABELS,
} from '../../common/contract/eventTypes'
import { absenceLine, type Attendance } from '../../common/contract/eventTypes'
import type { AttendanceCounts, AttendeeRow } from '../../common/contract/events'
import type { EventDoc } from '../../common/db/models/events'
import { inZone } from '../../common/time'
import { phaseOf } from '../rules/schedule'

/** Shared pieces of the 台账 workbooks: times in Asia/Shanghai, Chinese labels (styling: common/xlsx). */

export const dateTime = (at: Date | string | null) => (at ? inZone(at).format('YYYY-MM-DD HH:mm') : '')

export const eventTime = (event: Pick<EventDoc, 'start' | 'end'>) =>
  `${inZone(event.start).format('YYYY-MM-DD HH:mm')}—${inZone(event.end).format('HH:mm')}`

/** 出勤率 = 实到 / (应到 − 请假), the figure statistics use too. */
export const attendanceRate = (counts: AttendanceCounts): string => {
  const base = counts.expected - counts.onLeave
  return base > 0 ? `${((counts.checkedIn / base) * 100).toFixed(1)}%` : '—'
}

export const eventStatusLabel = (event: EventDoc, now: Date) => EVENT_PHASE_LABELS[phaseOf(event, now)]

export const typeLabel = (event: Pick<EventDoc, 'type'>) => EVENT_TYPE_LABELS[event.type]

/**
 * A ledger is a record, not a call to action: someone who has not checked in
 * while the window is still open is 未签到 (not 「可签到」); once it closes, 缺席.
 */
export const LEDGER_ATTENDANCE_LABELS: Record<Attendance, string> = {
  ...ATTENDANCE_STATE_LABELS,
  can_check_in: '未签到',
}

export const attendeeNote = (row: AttendeeRow): string => {
  if (row.makeupReason) return `补签（${row.makeupByName ?? ''}）：${row.makeupReason}`
  if (row.leaveReason && (row.attendance === 'on_leave' || row.attendance === 'leave_pending'))
    return `请假：${row.leaveReason}`
  return ''
}

export const attendeeCells = (row: AttendeeRow) => [
  row.name,
  row.groupName ?? '',
  LEDGER_ATTENDANCE_LABELS[row.attendance],
  dateTime(row.at),
  row.method ? CHECKIN_WAY_LABELS[row.method] : '',
  row.distance ?? '',
  attendeeNote(row),
]

export const ATTENDEE_HEADERS = ['姓名', '党小组', '出勤情况', '签到时间', '签到方式', '距离（米）', '备注']

/** The 会议记录 block of an event's ledger: the structured minutes, or a note that they are missing. */
export const minutesFacts = (event: EventDoc, rows: AttendeeRow[]): [string, string][] => {
  const minutes = event.minutes
  if (!minutes) return [['会议记录', '（未填写）']]
  return [
    ['主持人', minutes.host ?? ''],
    ['记录人', minutes.recorder ?? ''],
    ['缺席人员及原因', absenceLine(rows)],
    ['会议议程', minutes.agenda ?? ''],
    ['会议内容', minutes.text],
    ['决议和决定事项', minutes.decisions || '无'],
    ['现场照片', minutes.photos.length ? `${minutes.photos.length} 张（见小程序活动详情）` : '无'],
  ]
}
