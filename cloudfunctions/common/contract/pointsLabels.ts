/**
 * Points categories and their labels, free of zod so the mini-program can
 * import them as values (`@contract/pointsLabels`).
 */
/** What points are earned for. Manual entries are awards (+N) or deductions (−N) by a secretary or the admin. */
export type PointsCategory = 'attendance' | 'study' | 'reflection' | 'offline' | 'notice_ack' | 'manual'

export const POINTS_CATEGORIES: readonly PointsCategory[] = [
  'attendance',
  'study',
  'reflection',
  'offline',
  'notice_ack',
  'manual',
]

export const CATEGORY_LABELS: Record<PointsCategory, string> = {
  attendance: '参加组织生活',
  study: '学习资料',
  reflection: '心得体会',
  offline: '线下学习',
  notice_ack: '通知签阅',
  manual: '手动奖惩',
}

/** Event types whose attendance earns points; each has its own yearly cap. */
export type AttendanceType =
  | 'theme_day'
  | 'general_meeting'
  | 'committee_meeting'
  | 'group_meeting'
  | 'party_lecture'
  | 'life_meeting'
  | 'member_review'

export const ATTENDANCE_TYPES: readonly AttendanceType[] = [
  'theme_day',
  'general_meeting',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'life_meeting',
  'member_review',
]

export const ATTENDANCE_LABELS: Record<AttendanceType, string> = {
  theme_day: '主题党日',
  general_meeting: '支部党员大会',
  committee_meeting: '支委会',
  group_meeting: '党小组会',
  party_lecture: '党课',
  life_meeting: '组织生活会',
  member_review: '民主评议党员',
}

/** Categories members or automatic grants earn by the rules (manual entries take their points from the entry). */
export type RuledCategory = Exclude<PointsCategory, 'manual'>
export const RULED_CATEGORIES: readonly RuledCategory[] = ['attendance', 'study', 'reflection', 'offline', 'notice_ack']
