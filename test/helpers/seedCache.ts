/**
 * Seed once, restore for every test: the database a seed function writes, per seed function and
 * per the exact arguments it receives (clock, options), kept as an SQLite image; each test cloud
 * opens its own copy of it (`startLocalCloud({ image })`) instead of running the seed again.
 *
 * The cache lives in this module, and jest gives every test file its own module registry: it is
 * never shared between files or between Stryker's mutant runs, so a seed that goes through the
 * rules (events, points) is always seeded under the code being tested.
 */
import type { Database } from '../../cloudfunctions/common/db/database'
import { openDatabase } from '../../cloudfunctions/common/handler'
import { startLocalCloud } from '../../local/runtime'

/** Writes a starting state into `db`; its arguments (a clock, options) are JSON data or dates. */
export type Seed<A extends unknown[]> = (db: Database, ...args: A) => Promise<unknown>

const images = new Map<Seed<never>, Map<string, Promise<Buffer>>>()

const seedImage = async <A extends unknown[]>(seed: Seed<A>, args: A): Promise<Buffer> => {
  const scratch = startLocalCloud()
  try {
    await seed(openDatabase(), ...args)
    return scratch.database.image()
  } finally {
    scratch.close()
  }
}

/** The image of what `seed(db, ...args)` writes into an empty database, seeded on first request. */
export const seededImage = <A extends unknown[]>(seed: Seed<A>, ...args: A): Promise<Buffer> => {
  const bySeed = images.get(seed) ?? new Map<string, Promise<Buffer>>()
  images.set(seed, bySeed)
  const key = JSON.stringify(args)
  const cached = bySeed.get(key)
  if (cached) return cached
  const image = seedImage(seed, args)
  bySeed.set(key, image)
  image.catch(() => bySeed.delete(key))
  return image
}
