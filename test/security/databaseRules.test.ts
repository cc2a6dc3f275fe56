/**
 * Issue 9 §6: the cloud database's security rules deny clients every
 * collection, and the rules file cannot drift from common/db/collections.ts.
 */
import { readFileSync } from 'node:fs'
import { collectionList } from '../../cloudfunctions/common/db/collections'
import { DATABASE_RULES_PATH, renderDatabaseRules } from '../../scripts/database-rules'

const rules = JSON.parse(readFileSync(DATABASE_RULES_PATH, 'utf8')) as Record<string, unknown>

describe('cloudfunctions/database-rules.json', () => {
  it('has a rule for exactly the declared collections', () => {
    expect(Object.keys(rules).sort()).toEqual(collectionList.map((spec) => spec.name).sort())
  })

  it('denies direct client reads and writes everywhere', () => {
    for (const [collection, rule] of Object.entries(rules))
      expect({ collection, rule }).toEqual({
        collection,
        rule: { read: false, write: false },
      })
  })

  it('is what scripts/database-rules.ts writes (run it after declaring a collection)', () => {
    expect(readFileSync(DATABASE_RULES_PATH, 'utf8')).toBe(renderDatabaseRules())
  })
})
