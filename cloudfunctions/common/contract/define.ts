import type { z } from 'zod'

/** One action of a cloud function: its input schema and (type-only) result. */
export interface ActionSpec<S extends z.ZodTypeAny = z.ZodTypeAny, O = unknown> {
  input: S
  /** Never set at run time: carries the result type to both sides. */
  output?: O
}

/** `action<Result>()(schema)`: declares an action once for client and server. */
export const action =
  <O>() =>
  <S extends z.ZodTypeAny>(input: S): ActionSpec<S, O> => ({ input })

export type InputOf<A> = A extends ActionSpec<infer S, unknown> ? z.input<S> : never
export type ParsedInputOf<A> = A extends ActionSpec<infer S, unknown> ? z.output<S> : never
export type OutputOf<A> = A extends ActionSpec<z.ZodTypeAny, infer O> ? O : never
