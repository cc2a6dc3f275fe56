/**
 * Query operators where mingo differs from MongoDB:
 * - `$elemMatch` with a document condition considers only array elements
 *   that are documents (MongoDB: "$elemMatch (query)" — an array of plain
 *   numbers or strings never matches `{$elemMatch: {value: ...}}`).
 * - `$jsonSchema` is validated by ajv in draft-04 mode plus MongoDB's
 *   `bsonType` keyword; the keywords MongoDB omits ($ref, $schema, default,
 *   definitions, format, id) and bson types without a local equivalent fail
 *   loudly (https://www.mongodb.com/docs/manual/reference/operator/query/jsonSchema/).
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

export function $elemMatch(selector: string, criteria: Doc, options: Options): Predicate {
  const keys = Object.keys(criteria)
  const onValue = keys.length > 0 && keys.every((k) => k.startsWith('$') && !LOGICAL.has(k))
  const query = new Query(onValue ? { v: criteria } : criteria, options)
  const test = onValue ? (el: unknown) => query.test({ v: el }) : (el: unknown) => isDocument(el) && query.test(el)
  return (doc) => {
    const value = resolve(doc, selector, { unwrapArray: true })
    return Array.isArray(value) && value.some(test)
  }
}

const BSON_TYPES: Record<string, (v: unknown) => boolean> = {
  double: (v) => typeof v === 'number',
  int: (v) => Number.isInteger(v),
  long: (v) => Number.isInteger(v),
  decimal: (v) => typeof v === 'number',
  number: (v) => typeof v === 'number',
  string: (v) => typeof v === 'string',
  object: isDocument,
  array: Array.isArray,
  bool: (v) => typeof v === 'boolean',
  null: (v) => v === null,
  date: isDate,
  regex: isRegExp,
}

const OMITTED = ['$ref', '$schema', 'default', 'definitions', 'format', 'id']

function checkSchema(schema: unknown): void {
  if (schema === null || typeof schema !== 'object') return
  if (Array.isArray(schema)) return schema.forEach(checkSchema)
  for (const [key, value] of Object.entries(schema)) {
    if (OMITTED.includes(key)) throw unsupported(`$jsonSchema keyword ${key} (MongoDB omits it)`)
    if (key === 'bsonType')
      for (const t of [value].flat())
        if (!BSON_TYPES[t as string]) throw unsupported(`$jsonSchema bsonType ${String(t)}`)
    if (key === 'properties' || key === 'patternProperties') Object.values(value as Doc).forEach(checkSchema)
    else checkSchema(value)
  }
}

const ajv = new Ajv({ schemaId: 'id', unknownFormats: 'ignore', validateSchema: false, logger: false })
ajv.addMetaSchema(draft04)
ajv.addKeyword('bsonType', {
  validate: (types: string | string[], data: unknown) => [types].flat().some((t) => BSON_TYPES[t](data)),
  errors: false,
})

export function jsonSchemaValidator(schema: Doc): Predicate {
  checkSchema(schema)
  const validate = ajv.compile({ $schema: 'http://json-schema.org/draft-04/schema#', ...schema })
  return (doc) => validate(doc) === true
}
