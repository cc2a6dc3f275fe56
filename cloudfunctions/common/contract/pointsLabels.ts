/**
 * Points categories and their labels, free of zod so the mini-program can
 * import them as values (`@contract/pointsLabels`).
 */
import { EVENT_TYPES, EVENT_TYPE_LABELS, type EventType } from './eventTypes'

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

/** Event types whose attendance earns points: every event type, each with its own yearly cap. */
export type AttendanceType = EventType

export const ATTENDANCE_TYPES: readonly AttendanceType[] = EVENT_TYPES

export const ATTENDANCE_LABELS: Record<AttendanceType, string> = EVENT_TYPE_LABELS

/** Categories members or automatic grants earn by the rules (manual entries take their points from the entry). */
export type RuledCategory = Exclude<PointsCategory, 'manual'>
export const RULED_CATEGORIES: readonly RuledCategory[] = ['attendance', 'study', 'reflection', 'offline', 'notice_ack']

/**
 * 减负 (DESIGN.md): who sees rankings is the organisation's choice (admin).
 * leaders: only leaders and admins; own: members see their own points and place; full: everyone sees the lists.
 */
export type RankingVisibility = 'leaders' | 'own' | 'full'
export const RANKING_VISIBILITIES: readonly RankingVisibility[] = ['own', 'leaders', 'full']

export const RANKING_VISIBILITY_LABELS: Record<RankingVisibility, string> = {
  own: '党员只看自己的积分和名次',
  leaders: '排名仅党委领导可见',
  full: '党员可看完整排名',
}

/** What the caller may see of rankings under the setting: leaders and admins always see the full lists. */
export type RankingAccess = 'none' | 'own' | 'full'
