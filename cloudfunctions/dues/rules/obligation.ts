import type { DuesCategory, ReliefKind } from '../../common/contract/duesLabels'
import { chargeFor, type DuesRules } from './amount'

/**
 * What a member owes for one month: from the month their 支部大会 approved
 * them (入党日期) on, under the base and rules in force in that month, less an
 * approved exemption or reduction covering it. A later base or rule change
 * never reaches back: each applies from its own month.
 */

export interface BaseTerms {
  fromMonth: string
  category: DuesCategory
  payFen: number
  insuranceFen: number
}

export interface ReliefTerms {
  id: string
  kind: ReliefKind
  /** The reduced monthly amount (reduce); 0 for an exemption. */
  amountFen: number
  fromMonth: string
  toMonth: string
  reason: string
}

export interface MemberTerms {
  /** The month of 入党 (预备党员 pay from the 支部大会's approval). */
  joinMonth: string
  /** Confirmed bases only. */
  bases: BaseTerms[]
  /** Approved reliefs only. */
  reliefs: ReliefTerms[]
  /** Every rules version, any order. */
  rules: DuesRules[]
}

export type ObligationState = 'due' | 'exempt' | 'before_join' | 'no_base'

export interface Obligation {
  month: string
  state: ObligationState
  amountFen: number
  category: DuesCategory | null
  baseFen: number | null
  rateBp: number | null
  /** The rules version the amount came from. */
  rulesFrom: string | null
  /** The relief that exempts or reduces the month. */
  reliefId: string | null
}

/** The entry in force in `month`: the one with the latest `fromMonth` not after it. */
export const inForce = <T extends { fromMonth: string }>(items: readonly T[], month: string): T | null =>
  items.reduce<T | null>(
    (best, item) => (item.fromMonth <= month && (!best || item.fromMonth > best.fromMonth) ? item : best),
    null,
  )

const none = (month: string, state: ObligationState): Obligation => ({
  month,
  state,
  amountFen: 0,
  category: null,
  baseFen: null,
  rateBp: null,
  rulesFrom: null,
  reliefId: null,
})

const reliefIn = (reliefs: readonly ReliefTerms[], month: string): ReliefTerms | null =>
  reliefs.find((relief) => relief.fromMonth <= month && month <= relief.toMonth) ?? null

export const obligationFor = (month: string, terms: MemberTerms): Obligation => {
  if (month < terms.joinMonth) return none(month, 'before_join')
  const base = inForce(terms.bases, month)
  const rules = inForce(terms.rules, month)
  if (!base || !rules) return none(month, 'no_base')
  const charge = chargeFor(base.category, base, rules)
  const relief = reliefIn(terms.reliefs, month)
  const owed = {
    month,
    category: base.category,
    baseFen: charge.baseFen,
    rateBp: charge.rateBp,
    rulesFrom: rules.fromMonth,
  }
  if (relief?.kind === 'exempt') return { ...owed, state: 'exempt', amountFen: 0, reliefId: relief.id }
  if (relief)
    return { ...owed, state: 'due', amountFen: Math.min(relief.amountFen, charge.amountFen), reliefId: relief.id }
  return { ...owed, state: 'due', amountFen: charge.amountFen, reliefId: null }
}

/** `2026-11` → `2026-11-…`'s join month from a 入党日期 `YYYY-MM-DD`. */
export const joinMonthOf = (joinedOn: string): string => joinedOn.slice(0, 7)
