import { collections } from '../../cloudfunctions/common/db/collections'
import type { Database } from '../../cloudfunctions/common/db/database'
import { seedDevelopment } from './development'
import { seedDues } from './dues'
import { seedEvents } from './events'
import { seedHistory } from './history'
import { seedNotices } from './notices'
import { GROUP_BRANCHES, seedOrganisation, TEST_BRANCHES } from './organisation'
import { seedPoints } from './points'
import { seedReview } from './review'

type Step = (db: Database, now: Date) => Promise<unknown>

/**
 * Each domain's demo data, in dependency order (organisation first); the
 * months before this one (`history`) come before this month's, whose grants
 * then count on top of them. Function tests leave the history and the
 * group's last 6 branches out: they count this month's records and seed for
 * every test. Dues (months of bases and payments) and
 * 党员发展 files (a 预备党员 joins 第二支部's roster) come with the history too.
 */
const steps = (history: boolean, group: boolean): Step[] => [
  (db, now) => seedOrganisation(db, now, group ? GROUP_BRANCHES : TEST_BRANCHES),
  ...(history ? [seedHistory] : []),
  seedEvents,
  seedNotices,
  seedPoints,
  seedReview,
  ...(history ? [seedDevelopment, seedDues] : []),
]

export const isSeeded = async (db: Database): Promise<boolean> =>
  (await db.collection(collections.units.name).count()).total > 0

/**
 * Seeds the demo organisation and every domain's demo data: the whole group
 * (10 branches, 200 members) with its history by default, the first 4
 * branches for function tests.
 */
export const seedDemo = async (
  db: Database,
  now = new Date(),
  options: { history?: boolean; group?: boolean } = {},
): Promise<void> => {
  const history = options.history ?? true
  for (const step of steps(history, options.group ?? history)) await step(db, now)
}
