import type { PeriodKind } from '../common/contract'
import { AppError } from '../common/errors'
import { periodKey, periodLabel } from '../common/time'

export interface ResolvedPeriod {
  kind: PeriodKind
  key: string
  label: string
}

const KEY_SHAPES: Record<PeriodKind, RegExp> = {
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
}

/** The requested period, or the current one in Asia/Shanghai; the key must match its kind. */
export const resolvePeriod = (input: { kind: PeriodKind; key?: string }, now: Date): ResolvedPeriod => {
  const key = input.key ?? periodKey(input.kind, now)
  if (!KEY_SHAPES[input.kind].test(key)) throw new AppError('INVALID_INPUT', '统计周期与类型不一致')
  return { kind: input.kind, key, label: periodLabel(input.kind, key) }
}
