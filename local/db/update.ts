/**
 * Applying modifyDocument data to one document: either a replacement
 * (doc.set: merge false) or update operators applied one by one with mingo
 * (mingo accepts one operator per call). Plain fields in a merge update are
 * treated as $set, as the cloud does for raw updates. Before mingo runs,
 * the positional `$` is resolved against the request's filter and every
 * field an operator would create is checked to be creatable (updatePaths.ts).
 * The result must be storable (insertRules.ts); `_id` stays the first field,
 * so whether a document changed never depends on how it was created.
 */
import { update as mingoUpdate } from 'mingo'
import { decodeDoc, encodeDoc, type Doc } from './codec'
import { invalidParam, unsupported } from './errors'
import { storable } from './insertRules'
import { guard, mingoOptions } from './mingoKit'
import { checkCreatable, resolvePositional } from './updatePaths'

const OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$push',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$pop',
  '$rename',
  '$currentDate',
  '$bit',
])

export interface Applied {
  doc: Doc
  changed: boolean
}

/**
 * `filter` is the request's query: the positional `$` refers to the array
 * element it matched. `changed` says whether the write counts as an update:
 * an operator update only when the document changed (MongoDB's nModified),
 * a replacement (doc.set) of an existing document always, as the cloud
 * reports `updated: 1` for a set with identical data (CloudBase node-sdk
 * suite, geo.test.ts / geo-advanced.test.ts "set(initialData)").
 */
export function applyUpdate(current: Doc, data: Doc, merge: boolean, filter: Doc = {}): Applied {
  const { _id, ...fields } = current
  const before = encodeDoc({ _id, ...fields })
  const next = storable(merge ? applyOperators(decodeDoc(before), data, filter) : replacement(current, data))
  return { doc: next, changed: !merge || encodeDoc(next) !== before }
}

function replacement(current: Doc, data: Doc): Doc {
  const ops = Object.keys(data).filter((k) => k.startsWith('$'))
  if (ops.length) throw invalidParam(`a replacement document (set) cannot contain operators: ${ops.join(', ')}`)
  const { _id: _ignored, ...rest } = data
  return { _id: current._id, ...rest }
}

function applyOperators(doc: Doc, data: Doc, filter: Doc): Doc {
  const plain: Doc = {}
  for (const [key, args] of Object.entries(data)) {
    if (!key.startsWith('$')) {
      plain[key] = args
      continue
    }
    if (!OPERATORS.has(key)) throw unsupported(`update operator ${key}`)
    apply(doc, key, args, filter)
  }
  if (Object.keys(plain).length) apply(doc, '$set', plain, filter)
  return doc
}

function apply(doc: Doc, op: string, args: unknown, filter: Doc): void {
  if (args === null || typeof args !== 'object') throw invalidParam(`${op} needs an object of fields`)
  if (Object.keys(args).some((f) => f === '_id' || f.startsWith('_id.'))) throw invalidParam('_id cannot be updated')
  const fields = resolvePositional(doc, args as Doc, filter)
  checkCreatable(doc, op, fields)
  guard(`update ${op}`, () =>
    mingoUpdate(doc, { [op]: fields } as never, undefined, undefined, { queryOptions: mingoOptions() } as never),
  )
}
