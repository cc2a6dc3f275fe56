/**
 * SQL expressions for declared indexes. Each index key becomes a SQLite
 * expression index over the JSON document text, so equality lookups and
 * unique enforcement are done by SQLite itself.
 *
 * Values as SQLite sees them: numbers as numbers, strings as text, booleans,
 * null and missing as `\u0001`-prefixed text markers, dates as their EJSON text.
 * So every number sorts before every other value, which ordered scans and
 * index counts rely on (see ordered.ts).
 *
 * MongoDB semantics kept: a missing field and null index as the same value
 * (so a unique index admits one document without the field). A document where
 * the path crosses an array (multikey) gets a marker instead (non-unique
 * indexes) so lookups always include it and the filter decides; unique
 * indexes give such documents NULL, which SQLite never treats as a duplicate.
 */
import type { IndexSpec } from '../../cloudfunctions/common/db/collections'

export const NULL_KEY = '\u0001null'
export const MULTI_KEY = '\u0001multi'
export const TRUE_KEY = '\u0001true'
export const FALSE_KEY = '\u0001false'

export const tableName = (collection: string): string => `"c_${collection.replace(/"/g, '""')}"`
export const indexName = (collection: string, index: string): string =>
  `"ix_${collection.replace(/"/g, '""')}__${index.replace(/"/g, '""')}"`

function jsonPath(segments: string[]): string {
  const quoted = segments.map((s) => `."${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join('')
  return `'$${quoted.replace(/'/g, "''")}'`
}

/** The expression for one key path; must be textually identical in CREATE INDEX and in lookups. */
export function keyExpression(path: string, unique: boolean): string {
  const segments = path.split('.')
  const arrayChecks = segments.map((_, i) => `json_type(doc, ${jsonPath(segments.slice(0, i + 1))}) = 'array'`)
  const multi = unique ? 'NULL' : `char(1) || 'multi'`
  const full = jsonPath(segments)
  // Booleans get markers of their own: json_extract would give 1 / 0 and mix them with numbers, which
  // would make ordered scans and index counts over numbers inexact.
  return (
    `(CASE WHEN ${arrayChecks.join(' OR ')} THEN ${multi}` +
    ` WHEN json_type(doc, ${full}) = 'true' THEN char(1) || 'true'` +
    ` WHEN json_type(doc, ${full}) = 'false' THEN char(1) || 'false'` +
    ` ELSE coalesce(json_extract(doc, ${full}), char(1) || 'null') END)`
  )
}

export function createIndexSql(collection: string, spec: IndexSpec): string {
  const unique = spec.unique === true
  const exprs = Object.keys(spec.keys).map((k) => keyExpression(k, unique) + (spec.keys[k] === -1 ? ' DESC' : ''))
  return `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${indexName(collection, spec.name)} ON ${tableName(collection)} (${exprs.join(', ')})`
}
