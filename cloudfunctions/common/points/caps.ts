import { ATTENDANCE_LABELS, type AttendanceType, type CategoryRule } from '../contract/points'
import type { MemberTotalsDoc } from '../db/models/points'

/** Short names for cap messages: 今日学习积分已达上限. */
const CAP_LABELS: Record<CategoryRule['category'], string> = {
  attendance: '组织生活',
  study: '学习',
  reflection: '心得体会',
  offline: '线下学习',
  notice_ack: '签阅',
}

export interface CapTotals {
  day: MemberTotalsDoc | null
  month: MemberTotalsDoc | null
  year: MemberTotalsDoc | null
}

interface Room {
  left: number
  cap: number
  label: string
}

export interface CappedGrant {
  points: number
  /** Why the grant was cut or refused; null when granted in full. */
  message: string | null
}

const used = (doc: MemberTotalsDoc | null, category: string) =>
  doc?.byCategory[category as keyof MemberTotalsDoc['byCategory']] ?? 0

/** Every cap that applies to this grant, with how many points it still allows. */
const roomsFor = (rule: CategoryRule, totals: CapTotals, subtype: string | null): Room[] => {
  const label = CAP_LABELS[rule.category]
  const rooms: Room[] = []
  const add = (cap: number | null, spent: number, periodLabel: string, what = label) => {
    if (cap !== null) rooms.push({ left: cap - spent, cap, label: `${periodLabel}${what}` })
  }
  add(rule.dailyCap, used(totals.day, rule.category), '今日')
  add(rule.monthlyCap, used(totals.month, rule.category), '本月')
  add(rule.yearlyCap, used(totals.year, rule.category), '今年')
  if (subtype && rule.subtypeYearlyCaps[subtype as AttendanceType] !== undefined) {
    const cap = rule.subtypeYearlyCaps[subtype as AttendanceType] ?? 0
    add(cap, totals.year?.bySubtype[subtype] ?? 0, '今年', ATTENDANCE_LABELS[subtype as AttendanceType])
  }
  return rooms
}

/**
 * Cuts a positive grant to the tightest cap: in full, cut (with the cap
 * named) or refused (0 points, e.g. 今日学习积分已达上限).
 */
export const applyCaps = (
  rule: CategoryRule,
  totals: CapTotals,
  requested: number,
  subtype: string | null,
): CappedGrant => {
  const rooms = roomsFor(rule, totals, subtype)
  const tightest = rooms.reduce<Room | null>((best, room) => (!best || room.left < best.left ? room : best), null)
  if (!tightest || tightest.left >= requested) return { points: requested, message: null }
  const points = Math.max(0, tightest.left)
  if (points === 0) return { points, message: `${tightest.label}积分已达上限（${tightest.cap} 分）` }
  return { points, message: `${tightest.label}积分上限 ${tightest.cap} 分，本次计 ${points} 分` }
}
