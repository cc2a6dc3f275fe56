/**
 * Zod-free dues vocabulary shared by the cloud and the mini-program: the
 * categories of 中组发〔2008〕3号, payment methods and how amounts read.
 */

/** employed 在职 (incl. enterprise staff), annual 年薪制, retired 离退休, flat 学生、失业、低保 (0.2 元). */
export type DuesCategory = 'employed' | 'annual' | 'retired' | 'flat'
export const DUES_CATEGORIES: readonly DuesCategory[] = ['employed', 'annual', 'retired', 'flat']

export const DUES_CATEGORY_LABELS: Record<DuesCategory, string> = {
  employed: '在职党员',
  annual: '年薪制党员',
  retired: '离退休党员',
  flat: '学生、失业、低保党员',
}

/** What the declared pay of a category is. */
export const DUES_BASE_LABELS: Record<DuesCategory, string> = {
  employed: '税后每月固定工资收入',
  annual: '当月实际领取的薪酬',
  retired: '每月退休费总额',
  flat: '无需基数',
}

export type DuesMethod = 'wechat' | 'cash' | 'transfer'
export const DUES_METHOD_LABELS: Record<DuesMethod, string> = { wechat: '微信支付', cash: '现金', transfer: '转账' }

/** A member-month: due (unpaid), paid, exempt, before 入党 (not owed) or without a confirmed base. */
export type DuesMonthState = 'due' | 'paid' | 'exempt' | 'before_join' | 'no_base'
export const DUES_STATE_LABELS: Record<DuesMonthState, string> = {
  due: '未缴',
  paid: '已缴',
  exempt: '免缴',
  before_join: '无需缴纳',
  no_base: '基数待确认',
}

export type ReliefKind = 'exempt' | 'reduce'
export const RELIEF_KIND_LABELS: Record<ReliefKind, string> = { exempt: '免缴', reduce: '减缴' }

export type ReliefStatus = 'proposed' | 'approved' | 'rejected'
export const RELIEF_STATUS_LABELS: Record<ReliefStatus, string> = {
  proposed: '待审批',
  approved: '已批准',
  rejected: '未批准',
}

/** Unpaid this many months in a row: reminded (3) and flagged to the secretary and the organisation (6, 自行脱党 review). */
export const ARREARS_REMIND_MONTHS = 3
export const ARREARS_FLAG_MONTHS = 6

/** Bases above this are typing mistakes, not pay (元). */
export const DUES_BASE_MAX_YUAN = 1_000_000

/** 1234 fen → 「12.34」. */
export const yuan = (fen: number): string => {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** 150 basis points → 「1.5%」. */
export const ratePercent = (rateBp: number): string => `${rateBp / 100}%`
