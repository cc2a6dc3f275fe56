import { EVENT_TYPE_LABELS, EVENT_TYPES, type EventType } from '../../common/contract/eventTypes'
import type { Compliance, Ratio, TypeCompliance } from '../../common/contract/stats'
import type { GroupDoc } from '../../common/db/models/members'
import { fitsIn, isOver, monthIn, periodLabel, unitsOf, type PeriodRef } from '../../common/periods'
import { REQUIREMENTS } from './requirements'

/** What compliance needs to know of one event (an aggregated row, see eventRows). */
export interface ScheduledEvent {
  type: EventType
  groupId: string | null
  /** `YYYY-MM` of the start, Asia/Shanghai. */
  month: string
  held: boolean
}

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  rate: denominator > 0 ? numerator / denominator : null,
})

interface Scope {
  groupId: string | null
  groupName: string | null
}

const scopesOf = (perGroup: boolean, groups: readonly GroupDoc[]): Scope[] =>
  perGroup
    ? groups.map((group) => ({ groupId: group.id, groupName: group.name }))
    : [{ groupId: null, groupName: null }]

/**
 * A requirement unit (one month, one group-month, one quarter...) is due once
 * it has ended, or as soon as it is met; a unit still running and not yet met
 * is pending and counts neither way, so a month is not "failed" on its 2nd day.
 */
const judgeType = (
  type: EventType,
  events: readonly ScheduledEvent[],
  period: PeriodRef,
  groups: readonly GroupDoc[],
  now: Date,
): TypeCompliance => {
  const requirement = REQUIREMENTS[type]
  const ofType = events.filter((event) => event.type === type)
  const judged = fitsIn(requirement.every, period.kind)
  let due = 0
  let satisfied = 0
  const missing: string[] = []
  const pending: TypeCompliance['pending'] = []
  if (judged)
    for (const unit of unitsOf(period, requirement.every))
      for (const scope of scopesOf(requirement.perGroup, groups)) {
        const met = ofType.some(
          (event) =>
            event.held &&
            monthIn(requirement.every, event.month) === unit &&
            (scope.groupId === null || event.groupId === scope.groupId),
        )
        const ended = isOver(requirement.every, unit, now)
        if (!met && !ended) {
          pending.push({ unit, groupName: scope.groupName })
          continue
        }
        due += 1
        if (met) satisfied += 1
        else missing.push(`${scope.groupName ? `${scope.groupName} ` : ''}${periodLabel(requirement.every, unit)}`)
      }
  return {
    type,
    label: EVENT_TYPE_LABELS[type],
    rule: requirement.rule,
    held: ofType.filter((event) => event.held).length,
    planned: ofType.filter((event) => !event.held).length,
    due,
    satisfied,
    missing,
    pending,
    judged,
  }
}

/** Units still running without their meeting, over the types judged in the period. */
export const pendingUnits = (byType: readonly TypeCompliance[]): number =>
  byType.reduce((sum, item) => sum + item.pending.length, 0)

export const judgeCompliance = (
  events: readonly ScheduledEvent[],
  period: PeriodRef,
  groups: readonly GroupDoc[],
  now: Date,
): { byType: TypeCompliance[]; compliance: Compliance } => {
  const byType = EVENT_TYPES.map((type) => judgeType(type, events, period, groups, now))
  const satisfied = byType.reduce((sum, item) => sum + item.satisfied, 0)
  const due = byType.reduce((sum, item) => sum + item.due, 0)
  return { byType, compliance: { ...ratio(satisfied, due), pending: pendingUnits(byType) } }
}
