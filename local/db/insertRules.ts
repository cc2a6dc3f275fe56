/**
 * What the cloud refuses in a document it stores (insert, set, upsert), as
 * MongoDB's storage validation does: a field name starting with `$` at any
 * depth ("$-prefixed field not valid for storage"; the cloud answers
 * DATABASE_REQUEST_FAILED, as the CloudBase node-sdk suite's
 * `add({ $_key: 1 })` case shows), and an `_id` that is an array, a regular
 * expression or undefined (https://www.mongodb.com/docs/manual/core/document/#the-_id-field).
 * Dotted field names are accepted on insert, as in the cloud. The stored
 * document has `_id` as its first field, like MongoDB's.
 */
import { isDate, isRegExp, newId, type Doc } from './codec'
import { requestFailed } from './errors'

function checkFields(value: unknown, path: string): void {
  if (value === null || typeof value !== 'object' || isDate(value) || isRegExp(value)) return
  if (Array.isArray(value)) return value.forEach((v, i) => checkFields(v, `${path}.${i}`))
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    if (key.startsWith('$'))
      throw requestFailed(`The dollar ($) prefixed field '${key}' in '${at}' is not valid for storage.`)
    checkFields(child, at)
  }
}

/** The document to store: validated, `_id` first (generated when absent). */
export function storable(doc: Doc): Doc {
  checkFields(doc, '')
  const { _id, ...rest } = doc
  if (Array.isArray(_id)) throw requestFailed("The '_id' value cannot be of type array")
  if (isRegExp(_id)) throw requestFailed("The '_id' value cannot be of type regex")
  return { _id: _id === undefined ? newId() : _id, ...rest }
}
