/**
 * Query operators where mingo differs from MongoDB:
 * - `$elemMatch` with a document condition considers only array elements
 *   that are documents (MongoDB: "$elemMatch (query)" — an array of plain
 *   numbers or strings never matches `{$elemMatch: {value: ...}}`); the
 *   projection form returns the first such element and omits a field that
 *   is not an array (MongoDB: "$elemMatch (projection)").
 * - `$jsonSchema` is validated by ajv in draft-04 mode plus MongoDB's
 *   `bsonType` keyword; the keywords MongoDB omits ($ref, $schema, default,
 *   definitions, format, id) and the numeric bson types the engine does not
 *   keep (int, long, double, decimal) fail loudly (https://www.mongodb.com/docs/manual/reference/operator/query/jsonSchema/).
 */
import Ajv from 'ajv'
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json'
import { Query } from 'mingo'
import type { Options } from 'mingo/core'
import { resolve } from 'mingo/util'
import { isDate, isRegExp, type Doc } from './codec'
import { unsupported } from './errors'

type Predicate = (doc: Doc) => boolean

const LOGICAL = new Set(['$and', '$or', '$nor', '$expr', '$where'])

const isDocument = (v: unknown): v is Doc =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !isDate(v) && !isRegExp(v)

/** MongoDB's element test of $elemMatch: operator conditions test the value, others only documents. */
function elementTest(criteria: Doc, options: Options): (element: unknown) => boolean {
  const keys = Object.keys(criteria)
  const onValue = keys.length > 0 && keys.every((k) => k.startsWith('$') && !LOGICAL.has(k))
  const query = new Query(onValue ? { v: criteria } : criteria, options)
  return onValue ? (el) => query.test({ v: el }) : (el) => isDocument(el) && query.test(el)
}

export function $elemMatch(selector: string, criteria: Doc, options: Options): Predicate {
  const test = elementTest(criteria, options)
  return (doc) => {
    const value = resolve(doc, selector, { unwrapArray: true })
    return Array.isArray(value) && value.some(test)
  }
}

/** Projection `$elemMatch`: the first matching element, or no field (also when the field is not an array). */
export function $projectElemMatch(doc: Doc, criteria: Doc, field: string, options: Options): unknown[] | undefined {
  const value = resolve(doc, field)
  if (!Array.isArray(value)) return undefined
  const test = elementTest(criteria, options)
  const found = value.find(test)
  return found === undefined ? undefined : [found]
}

/**
 * bsonType aliases the local engine can tell apart. A stored number does not
 * keep its BSON type (int, long, double, decimal), so those aliases are refused
 * rather than guessed; `number` matches any of them, as in MongoDB.
 */
const BSON_TYPES: Record<string, (v: unknown) => boolean> = {
  number: (v) => typeof v === 'number',
  string: (v) => typeof v === 'string',
  object: isDocument,
  array: Array.isArray,
  bool: (v) => typeof v === 'boolean',
  null: (v) => v === null,
  date: isDate,
  regex: isRegExp,
}

/** JSON Schema `type` names → bsonType aliases (so `type: 'object'` does not match a Date, as in MongoDB). */
const JSON_TYPES: Record<string, string> = {
  object: 'object',
  array: 'array',
  number: 'number',
  boolean: 'bool',
  string: 'string',
  null: 'null',
}

const OMITTED = ['$ref', '$schema', 'default', 'definitions', 'format', 'id']

function typeNames(value: unknown, map: (t: string) => string | undefined, keyword: string): string[] {
  return [value].flat().map((t) => {
    const name = map(String(t))
    if (!name) throw unsupported(`$jsonSchema ${keyword} ${String(t)}`)
    return name
  })
}

function setBsonType(out: Doc, key: 'type' | 'bsonType', value: unknown): void {
  const names = typeNames(value, (t) => (key === 'type' ? JSON_TYPES[t] : BSON_TYPES[t] && t), key)
  if (out.bsonType) throw unsupported('$jsonSchema with both type and bsonType in one schema')
  out.bsonType = names
}

/** The schema as ajv checks it: MongoDB's omitted keywords refused, `type` checked through bsonType. */
function localSchema(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object') return schema
  if (Array.isArray(schema)) return schema.map(localSchema)
  const out: Doc = {}
  for (const [key, value] of Object.entries(schema)) {
    if (OMITTED.includes(key)) throw unsupported(`$jsonSchema keyword ${key} (MongoDB omits it)`)
    if (key === 'type' || key === 'bsonType') setBsonType(out, key, value)
    else if (key === 'properties' || key === 'patternProperties')
      out[key] = Object.fromEntries(Object.entries(value as Doc).map(([k, v]) => [k, localSchema(v)]))
    else out[key] = localSchema(value)
  }
  return out
}

const ajv = new Ajv({ schemaId: 'id', unknownFormats: 'ignore', validateSchema: false, logger: false })
ajv.addMetaSchema(draft04)
ajv.addKeyword('bsonType', {
  validate: (types: string | string[], data: unknown) => [types].flat().some((t) => BSON_TYPES[t](data)),
  errors: false,
})

export function jsonSchemaValidator(schema: Doc): Predicate {
  const validate = ajv.compile({ $schema: 'http://json-schema.org/draft-04/schema#', ...(localSchema(schema) as Doc) })
  return (doc) => validate(doc) === true
}
