/**
 * `npx tsx scripts/database-rules.ts`: writes cloudfunctions/database-rules.json, the
 * cloud database security rules (安全规则) of every declared collection. Every
 * collection denies direct client access: all reads and writes go through the
 * cloud functions, which run with admin rights and check the caller themselves.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { collectionList } from '../cloudfunctions/common/db/collections'

export const DATABASE_RULES_PATH = join(__dirname, '..', 'cloudfunctions', 'database-rules.json')

export const DENY_ALL = { read: false, write: false } as const

export const databaseRules = (): Record<string, typeof DENY_ALL> =>
  Object.fromEntries(
    collectionList
      .map((spec) => spec.name)
      .sort()
      .map((name) => [name, DENY_ALL]),
  )

export const renderDatabaseRules = (): string => `${JSON.stringify(databaseRules(), null, 2)}\n`

if (require.main === module) {
  writeFileSync(DATABASE_RULES_PATH, renderDatabaseRules())
  console.info(`wrote ${DATABASE_RULES_PATH}`)
}
