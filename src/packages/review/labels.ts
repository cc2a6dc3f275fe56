import type { GradeCounts, ReviewSummary } from '@contract'
import { GRADES, GRADE_LABELS, REVIEW_PHASE_LABELS, type ReviewPhase } from '@contract/reviewLabels'
import type { Tone } from '@/utils/events'
import { formatDateTime } from '@/utils/time'

export const GRADE_OPTIONS = GRADES.map((grade) => [grade, GRADE_LABELS[grade]] as const)

export const PHASE_TONES: Record<ReviewPhase, Tone> = {
  open: 'primary',
  closed: 'warning',
  proposed: 'warning',
  publicized: 'danger',
  final: 'success',
}

export const phaseLabel = (phase: ReviewPhase) => REVIEW_PHASE_LABELS[phase]

/** The line under a review's title: when voting closes, or until when the result is 公示. */
export const reviewDates = (review: ReviewSummary): string =>
  review.publicityEndsAt
    ? `公示至 ${formatDateTime(review.publicityEndsAt)}（不含）`
    : `投票截止 ${formatDateTime(review.closesAt)}`

/** 优秀 3 · 合格 15 · 基本合格 1 · 不合格 0 */
export const countsLine = (counts: GradeCounts): string =>
  GRADES.map((grade) => `${GRADE_LABELS[grade]} ${counts[grade]}`).join(' · ')
