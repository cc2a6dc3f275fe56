/**
 * Applying modifyDocument data to one document: either a replacement
 * (doc.set: merge false) or update operators applied one by one with mingo
 * (mingo accepts one operator per call). Plain fields in a merge update are
 * treated as $set, as the cloud does for raw updates.
 */
import { update as mingoUpdate } from 'mingo'
import { decodeDoc, encodeDoc, type Doc } from './codec'
import { invalidParam, unsupported } from './errors'
import { guard, mingoOptions } from './mingoKit'

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

export function applyUpdate(current: Doc, data: Doc, merge: boolean): Applied {
  const before = encodeDoc(current)
  const next = merge ? applyOperators(decodeDoc(before), data) : replacement(current, data)
  return { doc: next, changed: encodeDoc(next) !== before }
}

function replacement(current: Doc, data: Doc): Doc {
  const ops = Object.keys(data).filter((k) => k.startsWith('$'))
  if (ops.length) throw invalidParam(`a replacement document (set) cannot contain operators: ${ops.join(', ')}`)
  const { _id: _ignored, ...rest } = data
  return { _id: current._id, ...rest }
}

function applyOperators(doc: Doc, data: Doc): Doc {
  const plain: Doc = {}
  for (const [key, args] of Object.entries(data)) {
    if (!key.startsWith('$')) {
      plain[key] = args
      continue
    }
    if (!OPERATORS.has(key)) throw unsupported(`update operator ${key}`)
    apply(doc, key, args)
  }
  if (Object.keys(plain).length) apply(doc, '$set', plain)
  return doc
}

function apply(doc: Doc, op: string, args: unknown): void {
  if (args === null || typeof args !== 'object') throw invalidParam(`${op} needs an object of fields`)
  if (Object.keys(args).some((f) => f === '_id' || f.startsWith('_id.'))) throw invalidParam('_id cannot be updated')
  guard(`update ${op}`, () =>
    mingoUpdate(doc, { [op]: args } as never, undefined, undefined, { queryOptions: mingoOptions() } as never),
  )
}
