import { periodKey, shiftPeriod as shift, type PeriodKind } from '@periods'

/** The period key `offset` periods before (negative) the current one, in Asia/Shanghai: `2026-10`, `2026-Q3`, `2025`. */
export const shiftPeriod = (kind: PeriodKind, offset: number, now = new Date()): string =>
  shift(kind, periodKey(kind, now), offset)

/** `1 分 30 秒`, `45 秒` */
export const formatSeconds = (seconds: number): string => {
  if (seconds < 60) return `${seconds} 秒`
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return rest ? `${minutes} 分 ${rest} 秒` : `${minutes} 分钟`
}

/** `+5`, `-3`, `0` */
export const signed = (points: number): string => (points > 0 ? `+${points}` : String(points))
