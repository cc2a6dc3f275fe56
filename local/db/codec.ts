/**
 * Value encodings at the two borders of the engine.
 * - Requests arrive as canonical EJSON strings (the SDK's stringifyByEJSON);
 *   they are decoded with the same bson copy the SDK uses, then BSON-only
 *   types are turned into what mingo understands (native RegExp, Date).
 * - Documents are stored as JSON text that is also valid relaxed EJSON, so a
 *   stored row can be handed back to the SDK (which runs EJSON.parse on every
 *   list item) without re-encoding.
 */
import { randomBytes } from 'node:crypto'
import { EJSON, BSONRegExp } from 'bson'
import { invalidParam, unsupported } from './errors'

export type Doc = Record<string, unknown>

/** Parses one EJSON string from a request; `now` resolves db.serverDate() markers. */
export function decodeRequestValue(text: unknown, now: number, what: string): unknown {
  if (typeof text !== 'string') return normalize(text, now)
  let parsed: unknown
  try {
    parsed = EJSON.parse(text.includes('"$timestamp"') ? legacyTimestamps(text) : text, { relaxed: true })
  } catch (e) {
    throw invalidParam(`malformed EJSON in ${what}: ${(e as Error).message}`)
  }
  return normalize(parsed, now)
}

/**
 * `{$timestamp: <seconds>}` is CloudBase's legacy way to write a date (the
 * CloudBase node-sdk suite's date test reads it back as a Date of seconds *
 * 1000); bson would read it as a BSON Timestamp. It becomes an EJSON $date.
 * The BSON form `{$timestamp: {t, i}}` stays a Timestamp, which is unsupported.
 */
function legacyTimestamps(text: string): string {
  return JSON.stringify(JSON.parse(text), (_key, value: unknown) => {
    const v = value as { $timestamp?: unknown } | null
    if (v === null || typeof v !== 'object' || Object.keys(v).length !== 1) return value
    const seconds = Number(numberOf(v.$timestamp))
    return Number.isFinite(seconds) ? { $date: { $numberLong: String(Math.round(seconds * 1000)) } } : value
  })
}

/** A number, plain or in canonical EJSON (`{$numberInt: "1"}`, `{$numberDouble}`, `{$numberLong}`); else NaN. */
function numberOf(v: unknown): number {
  if (typeof v === 'number') return v
  const w = v as Record<string, unknown> | null
  const text = w && typeof w === 'object' ? (w.$numberInt ?? w.$numberDouble ?? w.$numberLong) : undefined
  return typeof text === 'string' ? Number(text) : NaN
}

/** Converts BSON wrapper objects into plain JS values, recursively. */
function normalize(value: unknown, now: number): unknown {
  if (value === null || typeof value !== 'object') return value
  if (isDate(value) || isRegExp(value)) return value
  if (value instanceof BSONRegExp) return toRegExp(value.pattern, value.options)
  if (Array.isArray(value)) return value.map((v) => normalize(v, now))
  const bsontype = (value as { _bsontype?: string })._bsontype
  if (bsontype) return objectIdString(value, bsontype)
  return normalizeObject(value as Doc, now)
}

/** ObjectId is stored as its hex string; every other BSON class is refused. */
function objectIdString(value: unknown, bsontype: string): string {
  if (bsontype === 'ObjectId' || bsontype === 'ObjectID') return String(value)
  if (bsontype === 'Timestamp')
    throw unsupported('BSON type Timestamp ({$timestamp: {t, i}}); store a Date or {$timestamp: <seconds>}')
  throw unsupported(`BSON type ${bsontype}`)
}

function normalizeObject(obj: Doc, now: number): unknown {
  if ('$tcb_server_date' in obj) return serverDate(obj.$tcb_server_date, now)
  const out: Doc = {}
  for (const key of Object.keys(obj)) out[key] = normalize(obj[key], now)
  return out
}

function serverDate(marker: unknown, now: number): Date {
  const offset = Number((marker as { offset?: unknown } | null)?.offset ?? 0)
  if (!Number.isFinite(offset)) throw invalidParam('serverDate offset must be a number')
  return new Date(now + offset)
}

/** BSON regex options → JS flags. `x` and `l` have no JS equivalent: refuse rather than mis-match. */
function toRegExp(pattern: string, options: string): RegExp {
  const flags = [...options].filter((f) => 'imsu'.includes(f)).join('')
  const rejected = [...options].filter((f) => !'imsu'.includes(f))
  if (rejected.length) throw unsupported(`regular expression option(s) "${rejected.join('')}"`)
  try {
    return new RegExp(pattern, flags)
  } catch (e) {
    throw invalidParam(`invalid regular expression /${pattern}/: ${(e as Error).message}`)
  }
}

/** Stored text: JSON where Date and RegExp use their EJSON forms. */
export function encodeDoc(doc: unknown): string {
  return JSON.stringify(doc, function (this: Doc, key: string, value: unknown) {
    const raw = this[key]
    if (isDate(raw)) return { $date: { $numberLong: String(raw.getTime()) } }
    if (isRegExp(raw)) return { $regularExpression: { pattern: raw.source, options: raw.flags } }
    return value
  })
}

/**
 * Inverse of encodeDoc. Plain JSON.parse, then one walk that revives Date and
 * RegExp wrappers: a JSON.parse reviver is called for every value (each id of
 * a 2,000-member list) and was several times slower. Text without `"$` has
 * nothing to revive.
 */
export function decodeDoc(text: string): Doc {
  const parsed = JSON.parse(text) as Doc
  return text.includes('"$') ? (revive(parsed) as Doc) : parsed
}

function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (typeof value[i] === 'object') value[i] = revive(value[i])
    return value
  }
  return reviveObject(value as Doc)
}

function reviveObject(v: Doc): unknown {
  if ('$date' in v) return new Date(Number((v.$date as Doc).$numberLong ?? v.$date))
  if ('$regularExpression' in v) {
    const r = v.$regularExpression as { pattern: string; options: string }
    return new RegExp(r.pattern, r.options)
  }
  for (const key of Object.keys(v)) if (typeof v[key] === 'object') v[key] = revive(v[key])
  return v
}

/** 32 lowercase hex characters, like the ids the cloud generates. */
export function newId(): string {
  return randomBytes(16).toString('hex')
}

/** Realm-independent checks: under jest, values may come from another realm (e.g. structuredClone). */
export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]'
export const isRegExp = (v: unknown): v is RegExp => Object.prototype.toString.call(v) === '[object RegExp]'

/** A deep copy that keeps Date and RegExp values of this realm. */
export const cloneDoc = (doc: Doc): Doc => decodeDoc(encodeDoc(doc))
