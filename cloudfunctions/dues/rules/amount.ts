import type { DuesCategory } from '../../common/contract/duesLabels'

/**
 * The amount rules of 中组发〔2008〕3号: monthly dues = base × rate, the rate
 * of the base's bracket applying to the whole base (not marginally), each
 * bracket's bound inclusive at the top, amounts in fen rounded half up.
 */

/** A bracket: bases up to `upToFen` (inclusive; null = no upper bound) pay `rateBp` basis points (150 = 1.5 %). */
export interface Bracket {
  upToFen: number | null
  rateBp: number
}

/** The organisation's dues rules as in force from `fromMonth` (`2026-01`) on. */
export interface DuesRules {
  fromMonth: string
  employed: Bracket[]
  retired: Bracket[]
  /** Students, the unemployed and members on 低保: a flat monthly amount. */
  flatFen: number
  /** Whether the personal 五险一金 is deducted from the pay before it becomes the base. */
  deductInsurance: boolean
}

/** 2008 defaults: in post ≤3,000 0.5 %, ≤5,000 1 %, ≤10,000 1.5 %, above 2 %; retired ≤5,000 0.5 %, above 1 %; 0.2 元. */
export const DEFAULT_RULES: DuesRules = {
  fromMonth: '2008-04',
  employed: [
    { upToFen: 300_000, rateBp: 50 },
    { upToFen: 500_000, rateBp: 100 },
    { upToFen: 1_000_000, rateBp: 150 },
    { upToFen: null, rateBp: 200 },
  ],
  retired: [
    { upToFen: 500_000, rateBp: 50 },
    { upToFen: null, rateBp: 100 },
  ],
  flatFen: 20,
  deductInsurance: false,
}

/** The rate of the bracket the whole base falls in. */
export const rateFor = (brackets: readonly Bracket[], baseFen: number): number => {
  const bracket = brackets.find((item) => item.upToFen === null || baseFen <= item.upToFen)
  if (!bracket) throw new Error('brackets must end with an open bracket')
  return bracket.rateBp
}

/** base × rate in fen, half up, in integers only (no float rounding). */
export const applyRate = (baseFen: number, rateBp: number): number => Math.floor((baseFen * rateBp + 5_000) / 10_000)

/** The pay a declaration names, less the 五险一金 when the rules deduct it (never below zero). */
export const baseOf = (pay: { payFen: number; insuranceFen: number }, rules: DuesRules): number =>
  rules.deductInsurance ? Math.max(0, pay.payFen - pay.insuranceFen) : pay.payFen

export interface Charge {
  amountFen: number
  /** null for the flat amount, which has no base. */
  baseFen: number | null
  rateBp: number | null
}

/** A month's amount for a category and declared pay under `rules`. */
export const chargeFor = (
  category: DuesCategory,
  pay: { payFen: number; insuranceFen: number },
  rules: DuesRules,
): Charge => {
  if (category === 'flat') return { amountFen: rules.flatFen, baseFen: null, rateBp: null }
  const baseFen = baseOf(pay, rules)
  const rateBp = rateFor(category === 'retired' ? rules.retired : rules.employed, baseFen)
  return { amountFen: applyRate(baseFen, rateBp), baseFen, rateBp }
}

/** Brackets must rise strictly and end with the open one; the message says what is wrong, or null. */
export const bracketsProblem = (brackets: readonly Bracket[]): string | null => {
  const last = brackets[brackets.length - 1]
  if (!last || last.upToFen !== null) return '最后一档应为「以上」（不设上限）'
  const bounds = brackets.slice(0, -1).map((item) => item.upToFen)
  if (bounds.some((bound) => bound === null)) return '只有最后一档可以不设上限'
  const rising = bounds.every((bound, index) => index === 0 || (bound as number) > (bounds[index - 1] as number))
  return rising ? null : '各档上限应逐档递增'
}
