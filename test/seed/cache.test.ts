/**
 * The test harness seeds the demo once per clock and options and restores a copy for each test
 * (test/helpers/seedCache.ts): what a test starts from must be exactly what seeding gives.
 * Seeding draws random ids and event secrets, so here `crypto.randomBytes` replays one fixed
 * sequence from the start of each seeding: a fresh seed and the cached one then write the same.
 */
import crypto, { createHash } from 'node:crypto'
import { collections } from '../../cloudfunctions/common/db/collections'
import { seedDemo } from '../../local/seed'
import { shanghai } from '../helpers/clock'
import { startTestCloud, type TestCloud } from '../helpers/testCloud'

const NOW = shanghai('2026-11-19 10:00')
const NEXT_DAY = shanghai('2026-11-20 10:00')

let drawn = 0
const replayed = (size: number): Buffer => {
  const bytes = createHash('sha512').update(`draw ${drawn++}`).digest()
  return bytes.subarray(0, size)
}

beforeEach(() => {
  drawn = 0
  jest.spyOn(crypto, 'randomBytes').mockImplementation(replayed as never)
})
afterEach(() => jest.restoreAllMocks())

/** What seeding `now` from scratch writes, with the random sequence started over. */
const freshSeed = async (now: Date) => {
  drawn = 0
  const t = await startTestCloud({ seed: false })
  await seedDemo(t.db, now, { history: false })
  return t.cloud.database.dump()
}

/** A cached cloud at `now`, with the random sequence started over (it matters only if it seeds). */
const restored = async (now: Date): Promise<TestCloud> => {
  drawn = 0
  return startTestCloud({ now })
}

const outboxOf = (t: TestCloud) => t.cloud.database.dump()[collections.outbox.name]

describe('the seeded test cloud (seed once, restore per test)', () => {
  it('starts every cloud as exactly what a fresh seed writes, and seeds only the first', async () => {
    const fresh = await freshSeed(NOW)
    expect(fresh[collections.members.name].length).toBeGreaterThan(20)
    expect(fresh[collections.checkins.name].length).toBeGreaterThan(10)
    const first = await restored(NOW)
    expect(drawn).toBeGreaterThan(0)
    expect(first.cloud.database.dump()).toEqual(fresh)

    const second = await restored(NOW)
    expect(drawn).toBe(0)
    expect(second.cloud.database.dump()).toEqual(fresh)
  })

  it('seeds again for another clock, and that copy is what seeding at that clock writes', async () => {
    await restored(NOW)
    const fresh = await freshSeed(NEXT_DAY)
    expect(fresh).not.toEqual(await freshSeed(NOW))
    const other = await restored(NEXT_DAY)
    expect(drawn).toBeGreaterThan(0)
    expect(other.cloud.database.dump()).toEqual(fresh)
  })

  it('gives each cloud its own copy: writes to one reach neither the next nor the cache', async () => {
    const first = await restored(NOW)
    const seeded = first.cloud.database.dump()
    await first.cloud.database.importDocuments(collections.outbox.name, [{ _id: 'first-only', touser: 'o1' }])
    const second = await restored(NOW)
    expect(second.cloud.database.dump()).toEqual(seeded)
    await second.cloud.database.importDocuments(collections.outbox.name, [{ _id: 'second-only', touser: 'o2' }])

    expect(outboxOf(first).map((doc) => (doc as { _id: string })._id)).toContain('first-only')
    expect(outboxOf(first).map((doc) => (doc as { _id: string })._id)).not.toContain('second-only')
    expect((await restored(NOW)).cloud.database.dump()).toEqual(seeded)
  })

  it('keeps the declared unique indexes in the copy', async () => {
    const t = await restored(NOW)
    const [checkin] = t.cloud.database.dump()[collections.checkins.name] as Record<string, unknown>[]
    await expect(
      t.cloud.database.importDocuments(collections.checkins.name, [{ ...checkin, _id: 'another-id' }]),
    ).rejects.toThrow(/E11000 duplicate key error collection: checkins index: event_member/)
  })
})
