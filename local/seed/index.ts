import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import { seedDues } from './dues'
import { seedEvents } from './events'
import { seedHistory } from './history'
import { seedNotices } from './notices'
import { seedOrganisation } from './organisation'
import { seedPoints } from './points'

type Step = (db: Database, now: Date) => Promise<unknown>

/**
 * Each domain's demo data, in dependency order (organisation first); the
 * months before this one (`history`) come before this month's, whose grants
 * then count on top of them. Function tests leave the history out: they
 * count this month's records and seed for every test. Dues (months of bases
 * and payments) come with the history too.
 */
const steps = (history: boolean): Step[] => [
  seedOrganisation,
  ...(history ? [seedHistory] : []),
  seedEvents,
  seedNotices,
  seedPoints,
  ...(history ? [seedDues] : []),
]

export const isSeeded = async (db: Database): Promise<boolean> =>
  (await db.collection(collections.branches.name).count()).total > 0

/** Seeds the demo organisation and every domain's demo data. */
export const seedDemo = async (db: Database, now = new Date(), { history = true } = {}): Promise<void> => {
  for (const step of steps(history)) await step(db, now)
}
