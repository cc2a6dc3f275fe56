import type { DuesRulesView, Payload } from '@contract'
import { yuan } from '@contract/duesLabels'
import { toFen } from '@/packages/dues/labels'

/** One bracket as typed: the upper bound in 元 (empty for the open top bracket) and the rate in %. */
export interface BracketRow {
  upTo: string
  rate: string
}

export type BracketKind = 'employed' | 'retired'

export interface RulesForm {
  employed: BracketRow[]
  retired: BracketRow[]
  flat: string
  deductInsurance: boolean
}

const toRows = (brackets: DuesRulesView['employed']): BracketRow[] =>
  brackets.map((bracket) => ({
    upTo: bracket.upToFen === null ? '' : yuan(bracket.upToFen).replace(/\.00$/, ''),
    rate: String(bracket.rateBp / 100),
  }))

export const formOf = (rules: DuesRulesView): RulesForm => ({
  employed: toRows(rules.employed),
  retired: toRows(rules.retired),
  flat: yuan(rules.flatFen),
  deductInsurance: rules.deductInsurance,
})

/** 「1.5」 % → 150 basis points; NaN when it is not a percentage with at most two decimals. */
const toBp = (typed: string): number => (/^\d+(\.\d{1,2})?$/.test(typed.trim()) ? Math.round(Number(typed) * 100) : NaN)

/** The last bracket is the open one (no bound); the server checks the rest and names the field it refuses. */
const toBrackets = (rows: BracketRow[]) =>
  rows.map((row, index) => ({ upToFen: index === rows.length - 1 ? null : toFen(row.upTo), rateBp: toBp(row.rate) }))

export const payloadOf = (form: RulesForm, fromMonth: string): Payload<'dues', 'setDuesRules'> => ({
  fromMonth,
  employed: toBrackets(form.employed),
  retired: toBrackets(form.retired),
  flatFen: toFen(form.flat),
  deductInsurance: form.deductInsurance,
})

/** A new bracket just below the open one, copying its rate (the admin edits both). */
export const withBracket = (rows: BracketRow[]): BracketRow[] => [
  ...rows.slice(0, -1),
  { upTo: '', rate: rows[rows.length - 1]?.rate ?? '' },
  ...rows.slice(-1),
]
