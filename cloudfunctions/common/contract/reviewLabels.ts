/** 民主评议党员 and 谈心谈话 labels: zod-free, so the mini-program imports them too. */

/** 互评 and 组织评定 grades, best first. */
export const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const
export type Grade = (typeof GRADES)[number]

export const GRADE_LABELS: Record<Grade, string> = {
  excellent: '优秀',
  qualified: '合格',
  basic: '基本合格',
  unqualified: '不合格',
}

/** Grades the committee must give a reason for. */
export const GRADES_NEEDING_REASON: readonly Grade[] = ['basic', 'unqualified']

/**
 * open: 自评 and 互评 until `closesAt`; closed: voting over, the committee
 * proposes; proposed: 组织评定 drafted; publicized: 公示 (objections); final.
 */
export type ReviewPhase = 'open' | 'closed' | 'proposed' | 'publicized' | 'final'

export const REVIEW_PHASE_LABELS: Record<ReviewPhase, string> = {
  open: '评议中',
  closed: '投票已截止',
  proposed: '组织评定中',
  publicized: '公示中',
  final: '已完成',
}

export const TALK_KINDS = ['heart', 'reminder', 'admonition', 'care'] as const
export type TalkKind = (typeof TALK_KINDS)[number]

export const TALK_KIND_LABELS: Record<TalkKind, string> = {
  heart: '谈心',
  reminder: '提醒',
  admonition: '诫勉',
  care: '关怀',
}

/** The organisation's default cap on 优秀 in the 组织评定: at most 30 % of the members reviewed. */
export const DEFAULT_EXCELLENT_RATIO = 0.3

/** 公示 lasts five working days (Monday to Friday in Asia/Shanghai). */
export const PUBLICITY_WORKING_DAYS = 5
