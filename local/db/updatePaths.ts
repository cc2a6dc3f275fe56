/**
 * Field paths of an update, checked and resolved the way MongoDB does before
 * mingo applies the operator (mingo would silently skip or misread them):
 * - the positional `$` (`'numbers.$': 25`, documented by WeChat under
 *   "更新数组中第一个匹配到的元素" and by MongoDB as "$ (update)") becomes the index
 *   of the first array element the request's filter matched; without a
 *   filter condition on that array the update fails, as in MongoDB;
 * - a field an operator would create inside an array (non-numeric key) or
 *   inside a scalar fails with MongoDB's "Cannot create field" error instead
 *   of changing nothing (e.g. `{array: {foo: 'bar'}}` on an array field).
 */
import { cloneDoc, type Doc } from './codec'
import { requestFailed } from './errors'
import { compileFilter } from './mingoKit'

const CREATING = new Set(['$set', '$inc', '$mul', '$min', '$max', '$push', '$addToSet', '$currentDate', '$bit'])

const positionalAt = (key: string): number => {
  const m = /\.\$(?=\.|$)/.exec(key)
  return m ? m.index : -1
}

/** The filter's conditions on `path` or below it (top level and inside $and). */
function conditionsOn(filter: Doc, path: string): Doc[] {
  const out: Doc[] = []
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) for (const part of value) out.push(...conditionsOn(part as Doc, path))
    else if (key === path || key.startsWith(`${path}.`)) out.push({ [key]: value })
  }
  return out
}

function valueAt(doc: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Doc)[k] : undefined), doc)
}

/** A copy of doc where the array at `path` holds only `element`. */
function withOnly(doc: Doc, path: string[], element: unknown): Doc {
  const copy = cloneDoc(doc)
  const parent = valueAt(copy, path.slice(0, -1)) as Doc
  parent[path[path.length - 1]] = [element]
  return copy
}

const noMatch = () => requestFailed('The positional operator did not find the match needed from the query.')

function positionalIndex(doc: Doc, arrayPath: string, filter: Doc): number {
  const path = arrayPath.split('.')
  const array = valueAt(doc, path)
  const conditions = conditionsOn(filter, arrayPath)
  if (!Array.isArray(array) || !conditions.length) throw noMatch()
  const query = compileFilter({ $and: conditions })
  const index = array.findIndex((element) => query.test(withOnly(doc, path, element)))
  if (index < 0) throw noMatch()
  return index
}

/** The operator's fields with each positional `$` replaced by the matched index. */
export function resolvePositional(doc: Doc, fields: Doc, filter: Doc): Doc {
  if (!Object.keys(fields).some((k) => positionalAt(k) >= 0)) return fields
  const out: Doc = {}
  for (const [key, value] of Object.entries(fields)) {
    const at = positionalAt(key)
    if (at < 0) {
      out[key] = value
      continue
    }
    const arrayPath = key.slice(0, at)
    out[`${arrayPath}.${positionalIndex(doc, arrayPath, filter)}${key.slice(at + 2)}`] = value
  }
  return out
}

const show = (v: unknown) => JSON.stringify(v)

function checkPath(doc: Doc, key: string): void {
  const parts = key.split('.')
  let current: unknown = doc
  for (let i = 0; i < parts.length - 1;) {
    const step = stepDown(current, parts, i)
    if (!step) return
    current = step.value
    i += step.consumed
  }
}

type Step = { value: unknown; consumed: number } | undefined

/** One step down `parts` from `i`: the value reached and how many parts that took, or undefined once nothing below can fail. */
function stepDown(current: unknown, parts: string[], i: number): Step {
  const next = Array.isArray(current) ? undefined : (current as Doc)[parts[i]]
  if (next === undefined) return undefined
  const following = parts[i + 1]
  if (Array.isArray(next) && /^\d+$/.test(following)) return stepIntoElement(next, parts, i)
  if (following.startsWith('$[')) return undefined
  if (Array.isArray(next) || next === null || typeof next !== 'object')
    throw requestFailed(`Cannot create field '${following}' in element {${parts[i]}: ${show(next)}}`)
  return { value: next, consumed: 1 }
}

function stepIntoElement(array: unknown[], parts: string[], i: number): Step {
  const following = parts[i + 1]
  const element = array[Number(following)]
  if (element === undefined) return undefined
  if (i + 2 < parts.length && (element === null || typeof element !== 'object'))
    throw requestFailed(`Cannot create field '${parts[i + 2]}' in element {${following}: ${show(element)}}`)
  return { value: element, consumed: 2 }
}

/** Fails like MongoDB when an operator would create a field inside an array or a scalar. */
export function checkCreatable(doc: Doc, op: string, fields: Doc): void {
  if (op === '$rename') for (const target of Object.values(fields)) checkPath(doc, String(target))
  if (CREATING.has(op)) for (const key of Object.keys(fields)) checkPath(doc, key)
}
