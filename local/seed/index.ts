import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import { seedEvents } from './events'
import { seedNotices } from './notices'
import { seedOrganisation } from './organisation'
import { seedPoints } from './points'

/** Each domain's demo data, in dependency order (organisation first). */
const steps: ((db: Database, now: Date) => Promise<unknown>)[] = [seedOrganisation, seedEvents, seedNotices, seedPoints]

export const isSeeded = async (db: Database): Promise<boolean> =>
  (await db.collection(collections.branches.name).count()).total > 0

/** Seeds the demo organisation and every domain's demo data. */
export const seedDemo = async (db: Database, now = new Date()): Promise<void> => {
  for (const step of steps) await step(db, now)
}
