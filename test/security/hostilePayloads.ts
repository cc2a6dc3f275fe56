/**
 * Malformed payloads, derived from an action's valid sample payload: each kind
 * corrupts the sample's own fields (strings, numbers, arrays...) or, when the
 * action has no such field, puts the hostile value where the payload belongs.
 * Strict payloads must refuse every one of them.
 */

export interface HostileKind {
  name: string
  /**
   * `requiresFields`: the action refuses `{}` (has a required field). A kind
   * answers `SKIP` where it cannot be malformed (nothing is missing from an
   * all-optional payload).
   */
  make(sample: Record<string, unknown>, requiresFields: boolean): unknown
}

const OVERSIZE = 'x'.repeat(1_000_001)
const HUGE_ARRAY_LENGTH = 100_000

type Value = unknown

/** The sample with every top-level field replaced by `swap(value)`, or `fallback` for a field-less sample. */
const eachField = (
  sample: Record<string, Value>,
  swap: (value: Value) => Value,
  fallback: () => unknown,
  applies: (value: Value) => boolean = () => true,
): unknown => {
  const keys = Object.keys(sample).filter((key) => applies(sample[key]))
  if (!keys.length) return fallback()
  return { ...sample, ...Object.fromEntries(keys.map((key) => [key, swap(sample[key])])) }
}

const wrongType = (value: Value): Value => {
  if (typeof value === 'string') return 12345
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return 'true'
  if (Array.isArray(value)) return 'a,b'
  return 'object'
}

/** A number where a string or integer is due; a field-less payload gets it under a key it does not know. */
const numberKind = (name: string, bad: number): HostileKind => ({
  name,
  make: (sample) =>
    eachField(
      sample,
      () => bad,
      () => ({ ...sample, count: bad }),
    ),
})

/** JSON.parse makes `__proto__` an own key, as a hostile client's JSON body would. */
const withProtoKey = (sample: Record<string, Value>) =>
  Object.assign(JSON.parse('{"__proto__": {"roles": ["admin"], "openid": "demo-m005"}}') as object, sample)

export const SKIP = Symbol('not applicable')

export const hostileKinds: HostileKind[] = [
  { name: 'missing fields', make: (_sample, requiresFields) => (requiresFields ? {} : SKIP) },
  { name: 'payload is a string', make: () => 'payload' },
  { name: 'payload is an array', make: (sample) => [sample] },
  { name: 'payload is null', make: () => null },
  {
    name: 'every field null',
    make: (sample) =>
      eachField(
        sample,
        () => null,
        () => ({ ...sample, id: null }),
      ),
  },
  { name: 'wrong types', make: (sample) => eachField(sample, wrongType, () => true) },
  { name: 'unknown key', make: (sample) => ({ ...sample, isAdmin: true }) },
  { name: '__proto__ key', make: withProtoKey },
  { name: 'constructor key', make: (sample) => ({ ...sample, constructor: { prototype: { isAdmin: true } } }) },
  {
    name: 'Mongo operator in ids and filters',
    make: (sample) =>
      eachField(
        sample,
        () => ({ $ne: null }),
        () => ({ ...sample, $where: 'true', _id: { $ne: null } }),
      ),
  },
  {
    name: 'oversize strings',
    make: (sample) =>
      eachField(
        sample,
        () => OVERSIZE,
        () => ({ ...sample, note: OVERSIZE }),
        (value) => typeof value === 'string',
      ),
  },
  {
    name: 'huge arrays',
    make: (sample) =>
      eachField(
        sample,
        (value) => Array.from({ length: HUGE_ARRAY_LENGTH }, () => (value as Value[])[0] ?? 'x'),
        () => ({ ...sample, items: Array.from({ length: HUGE_ARRAY_LENGTH }, (_, index) => index) }),
        Array.isArray,
      ),
  },
  numberKind('negative number', -1_000_000_007),
  numberKind('NaN', Number.NaN),
  numberKind('Infinity', Number.POSITIVE_INFINITY),
  numberKind('fractional number', 1.5),
]

/** Everything a client could send instead of `{action, payload}`. */
export const hostileEvents = (validAction: string): { name: string; event: unknown }[] => [
  { name: 'a string', event: 'getMe' },
  { name: 'a number', event: 42 },
  { name: 'null', event: null },
  { name: 'undefined', event: undefined },
  { name: 'an array', event: [{ action: validAction, payload: {} }] },
  { name: 'no action', event: { payload: {} } },
  { name: 'an unknown action', event: { action: 'dropDatabase', payload: {} } },
  { name: 'an operator as the action', event: { action: { $ne: null }, payload: {} } },
  { name: 'a huge action name', event: { action: OVERSIZE, payload: {} } },
  { name: 'the __proto__ action', event: { action: '__proto__', payload: {} } },
  { name: 'the constructor action', event: { action: 'constructor', payload: {} } },
  { name: 'the toString action', event: { action: 'toString', payload: {} } },
  { name: 'the hasOwnProperty action', event: { action: 'hasOwnProperty', payload: {} } },
  { name: 'a __proto__ key', event: JSON.parse(`{"action": "${validAction}", "payload": "x", "__proto__": {"a": 1}}`) },
  { name: 'a timer trigger from a client', event: { Type: 'Timer', TriggerName: 'compileAllCurrent' } },
]
