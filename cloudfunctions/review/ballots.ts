import { createHmac, randomBytes } from 'node:crypto'
import type { GradeCounts } from '../common/contract/review'
import type { Database } from '../common/db/database'
import type { BallotDoc, ReviewDoc } from '../common/db/models/review'
import { ballotsOf, first, keysOf } from './store'

/**
 * Anonymous 互评. A ballot stores whom it rates and the grade, nothing else:
 * no rater, no time. Its `_id` is an HMAC of `rater:ratee` under the review's
 * secret key, so the rater (and only through the ballot use cases) can find
 * and change their own ballot while voting is open, and a second ballot for
 * the same ratee lands on the same `_id`. The key lives in `reviewKeys`,
 * which no action returns; it is deleted when voting closes (`sealBallots`),
 * after which nothing stored links a ballot to anyone. Counts are derived at
 * read time by aggregation; no shared counter is written by voters.
 */

export const newBallotKey = (): string => randomBytes(32).toString('hex')

export const ballotId = (secret: string, raterId: string, rateeId: string): string =>
  `bal${createHmac('sha256', secret).update(`${raterId}:${rateeId}`).digest('hex').slice(0, 40)}`

/** The review's ballot key while voting is open; null once sealed. */
export const ballotKey = async (db: Database, reviewId: string): Promise<string | null> =>
  (await first(keysOf(db).where({ _id: reviewId }).limit(1)))?.secret ?? null

/** Forgets the key: from now on no ballot can be tied to its rater, not even by the rater. */
export const sealBallots = async (db: Database, reviewId: string): Promise<void> => {
  await keysOf(db).where({ _id: reviewId }).remove()
}

/** The caller's own ballots by ratee, found through the key (empty once sealed). */
export const myBallots = async (
  db: Database,
  review: ReviewDoc,
  raterId: string,
): Promise<Map<string, BallotDoc['grade']>> => {
  const secret = await ballotKey(db, review._id)
  if (!secret) return new Map()
  const ids = new Map(
    review.memberIds.filter((id) => id !== raterId).map((rateeId) => [ballotId(secret, raterId, rateeId), rateeId]),
  )
  const { data } = await ballotsOf(db)
    .where({ _id: db.command.in([...ids.keys()]) })
    .limit(1000)
    .get()
  return new Map(data.map((ballot) => [ids.get(ballot._id) ?? '', ballot.grade]))
}

export const emptyCounts = (): GradeCounts => ({ excellent: 0, qualified: 0, basic: 0, unqualified: 0 })

/** Counted 互评 per ratee, by the database: one aggregate request. */
export const tallies = async (db: Database, reviewId: string): Promise<Map<string, GradeCounts>> => {
  const { list } = await ballotsOf(db)
    .aggregate()
    .match({ reviewId })
    .group({ _id: { rateeId: '$rateeId', grade: '$grade' }, count: db.command.aggregate.sum(1) })
    .limit(1000)
    .end()
  const rows = list as unknown as { _id: { rateeId: string; grade: BallotDoc['grade'] }; count: number }[]
  const counts = new Map<string, GradeCounts>()
  for (const row of rows) {
    const entry = counts.get(row._id.rateeId) ?? emptyCounts()
    entry[row._id.grade] += row.count
    counts.set(row._id.rateeId, entry)
  }
  return counts
}
