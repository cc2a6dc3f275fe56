/**
 * One place that configures mingo: every operator registered in a private
 * context (no global side effects), scripts disabled ($where/$function have
 * no place in cloud requests), and mingo's own errors turned into the
 * cloud's "invalid operator" error so callers see a clear, named failure.
 */
import { Query } from 'mingo'
import { Context, OpType, type Options } from 'mingo/core'
import fullContext from 'mingo/init/context'
import { type Doc } from './codec'
import { dateOperators } from './dateOps'
import { LocalDbError, unsupported } from './errors'
import { $elemMatch, $projectElemMatch, jsonSchemaValidator } from './queryOps'
import { $sort } from './sortOrder'
import { stringOperators } from './stringOps'

/** mingo's operators, with ours first: Context.merge keeps the first context's definition of a name. */
const context = Context.merge(
  Context.init({
    [OpType.EXPRESSION]: { ...dateOperators, ...stringOperators },
    [OpType.QUERY]: { $elemMatch },
    [OpType.PROJECTION]: { $elemMatch: $projectElemMatch },
    [OpType.PIPELINE]: { $sort },
  } as never),
  fullContext(),
)

export type Resolver = (name: string) => Doc[]

export function mingoOptions(collectionResolver?: Resolver): Partial<Options> {
  return { context, useGlobalContext: false, scriptEnabled: false, collectionResolver, jsonSchemaValidator }
}

/** Cloud features the local engine does not implement, by the operator that asks for them. */
const FEATURES: Record<string, string> = {
  $near: 'geo query',
  $nearSphere: 'geo query',
  $geoWithin: 'geo query',
  $geoIntersects: 'geo query',
  $text: 'text search',
}

/** Runs fn, rewrapping mingo failures (unknown operator, bad expression) as cloud errors. */
export function guard<T>(what: string, fn: () => T): T {
  try {
    return fn()
  } catch (e) {
    if (e instanceof LocalDbError) throw e
    const message = (e as Error).message ?? String(e)
    const op = Object.keys(FEATURES).find((name) => new RegExp(`operator \\${name}\\b`).test(message))
    throw unsupported(op ? `${FEATURES[op]} (${op})` : `${what}: ${message}`)
  }
}

/** What findDocs needs of a compiled filter. */
export interface Matcher {
  test(doc: Doc): boolean
}

/**
 * Compiles a filter. Building a mingo Query copies every operator table of the
 * context (a large share of a small request's CPU), so the most common filters
 * — equality of top-level fields to strings, finite numbers or booleans, such
 * as `{_id}`, `{openid}`, `{branchId, status}` — are matched directly, with
 * MongoDB's semantics: the field equals the value, or is an array holding it.
 * Everything else goes to mingo.
 */
export function compileFilter(filter: Doc): Matcher {
  return simpleEquality(filter) ?? guard('query', () => new Query(filter, mingoOptions()))
}

const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))

function simpleEquality(filter: Doc): Matcher | null {
  const entries = Object.entries(filter)
  for (const [key, value] of entries) if (key.startsWith('$') || key.includes('.') || !isScalar(value)) return null
  const matchesField = (field: unknown, value: string | number | boolean) =>
    field === value || (Array.isArray(field) && field.includes(value))
  return { test: (doc) => entries.every(([key, value]) => matchesField(doc[key], value as string | number | boolean)) }
}

const OP_TYPES = [
  OpType.ACCUMULATOR,
  OpType.EXPRESSION,
  OpType.PIPELINE,
  OpType.PROJECTION,
  OpType.QUERY,
  OpType.WINDOW,
]

/**
 * Fails on any `$name` key that no mingo operator implements. mingo resolves
 * operators lazily, per document; checking up front means an unknown operator
 * fails even on an empty collection instead of silently returning nothing.
 */
export function assertKnownOperators(value: unknown, where: string): void {
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) return value.forEach((v) => assertKnownOperators(v, where))
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('$') && !OP_TYPES.some((t) => context.getOperator(t, key)))
      throw unsupported(`operator ${key} in ${where}`)
    assertKnownOperators(child, where)
  }
}
