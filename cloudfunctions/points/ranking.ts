import type { PeriodKind } from '../common/contract/common'
import { AppError } from '../common/errors'
import { periodLabel, requestedPeriod } from '../common/periods'

/** How many members or branches a ranking lists. */
export const TOP = 50

/** Competition ranking (1, 2, 2, 4) over a list already ordered by points. */
export const competitionRanks = (points: number[]): number[] => {
  const ranks: number[] = []
  points.forEach((value, index) => ranks.push(index > 0 && value === points[index - 1] ? ranks[index - 1] : index + 1))
  return ranks
}

/** The period a ranking is about (the current one by default): it must exist and must have begun. */
export const rankedPeriod = (input: { kind: PeriodKind; key?: string }, now: Date) => {
  const period = requestedPeriod(input, now, (problem) =>
    problem === 'future'
      ? new AppError('INVALID_INPUT', '该统计周期尚未开始')
      : new AppError('INVALID_INPUT', '统计周期与类型不一致'),
  )
  return { key: period.key, label: periodLabel(period.kind, period.key) }
}
