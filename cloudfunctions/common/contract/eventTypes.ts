/**
 * Event types, methods and attendance states with their Chinese labels. Kept
 * free of zod so the mini-program can import the labels (`@contract/eventTypes`).
 */
export const EVENT_TYPES = [
  'theme_day',
  'general_meeting',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'life_meeting',
  'member_review',
] as const

export type EventType = (typeof EVENT_TYPES)[number]

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  theme_day: '主题党日',
  general_meeting: '支部党员大会',
  committee_meeting: '支委会',
  group_meeting: '党小组会',
  party_lecture: '党课',
  life_meeting: '组织生活会',
  member_review: '民主评议党员',
}

/** Who is expected by default: the whole branch, its committee, or one party group. */
export type Audience = 'branch' | 'committee' | 'group'

export const EVENT_TYPE_AUDIENCE: Record<EventType, Audience> = {
  theme_day: 'branch',
  general_meeting: 'branch',
  committee_meeting: 'committee',
  group_meeting: 'group',
  party_lecture: 'branch',
  life_meeting: 'branch',
  member_review: 'branch',
}

export const AUDIENCE_LABELS: Record<Audience, string> = {
  branch: '本支部全体党员',
  committee: '本支部支委',
  group: '所选党小组党员',
}

/** 'both' asks for the rotating code and the location together: the stricter, more honest option. */
export const CHECKIN_METHODS = ['code', 'location', 'both'] as const
export type CheckinMethod = (typeof CHECKIN_METHODS)[number]

export const CHECKIN_METHOD_LABELS: Record<CheckinMethod, string> = {
  code: '动态签到码',
  location: '定位签到',
  both: '签到码 + 定位',
}

/** Stored status; "open" is not stored but derived from the server clock (see EventPhase). */
export type EventStatus = 'planned' | 'held' | 'cancelled'

/** What the event is doing right now, as the server's clock sees it. */
export type EventPhase = 'upcoming' | 'open' | 'ended' | 'held' | 'cancelled'

export const EVENT_PHASE_LABELS: Record<EventPhase, string> = {
  upcoming: '未开始',
  open: '签到中',
  ended: '待记录',
  held: '已召开',
  cancelled: '已取消',
}

/** How a check-in was made; 'makeup' is the secretary's 补签. */
export type CheckinWay = 'code' | 'location' | 'makeup'

export const CHECKIN_WAY_LABELS: Record<CheckinWay, string> = {
  code: '签到码',
  location: '定位',
  makeup: '补签',
}

export type LeaveStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn'

export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
  withdrawn: '已到会',
}

/** One member's standing for one event. */
export type Attendance =
  | 'not_started'
  | 'can_check_in'
  | 'checked_in'
  | 'late'
  | 'leave_pending'
  | 'on_leave'
  | 'absent'
  | 'cancelled'
  | 'not_expected'

export const ATTENDANCE_STATE_LABELS: Record<Attendance, string> = {
  not_started: '未开始',
  can_check_in: '可签到',
  checked_in: '已签到',
  late: '迟到',
  leave_pending: '请假待批',
  on_leave: '已请假',
  absent: '缺席',
  cancelled: '已取消',
  not_expected: '无需参加',
}

/** The rotating code changes every 20 seconds. */
export const CODE_SLOT_SECONDS = 20
export const DEFAULT_RADIUS_METERS = 300
export const DEFAULT_OPENS_BEFORE_MINUTES = 30
export const DEFAULT_LATE_AFTER_MINUTES = 10
export const MAX_MINUTES_PHOTOS = 9

/**
 * Length limits of the events forms, shared by the contract (which refuses
 * longer text with a message) and the app (which shows a counter and never
 * cuts what was typed or pasted).
 */
export const EVENT_TEXT_LIMITS = {
  title: 50,
  agenda: 2000,
  venue: 50,
  cancelReason: 200,
  leaveReason: 200,
  decisionNote: 200,
  makeupReason: 200,
  host: 20,
  recorder: 20,
  minutesText: 5000,
  decisions: 2000,
} as const

/** The path a check-in QR code carries; the check-in page reads `eventId` and `code`. */
export const CHECKIN_PAGE = 'pages/checkin/index'

/** One attendee's standing, as far as the 缺席 wording needs it. */
interface AwayRow {
  name: string
  attendance: Attendance
  leaveReason: string | null
}

/**
 * 缺席人员及原因, as the ledger writes it and the minutes form shows it: approved
 * leave gives its reason, anyone else absent was so without one; 无 for nobody.
 */
export const absenceLine = (rows: readonly AwayRow[]): string =>
  rows
    .filter((row) => row.attendance === 'on_leave' || row.attendance === 'absent')
    .map((row) => `${row.name}（${row.attendance === 'on_leave' ? `请假：${row.leaveReason ?? ''}` : '未请假'}）`)
    .join('、') || '无'
