import { createHash } from 'node:crypto'
import { AppError, isDuplicateKeyError } from '../common/errors'
import { collections } from '../common/db/collections'
import type { Database } from '../common/db/database'
import type { BindAttemptDoc } from '../common/db/models/members'

/** At most five binding attempts per WeChat user within any 15 minutes; further attempts wait. */
export const MAX_ATTEMPTS = 5
const WINDOW_MS = 15 * 60 * 1000

const attempts = (db: Database) => db.collection<BindAttemptDoc>(collections.bindAttempts.name)

/** The newest attempts inside the window, newest first; one more than the limit is enough to decide. */
const recentAttempts = async (db: Database, openid: string, now: Date): Promise<BindAttemptDoc[]> => {
  const since = new Date(now.getTime() - WINDOW_MS)
  const { data } = await attempts(db)
    .where({ openid, at: db.command.gt(since) })
    .orderBy('at', 'desc')
    .limit(MAX_ATTEMPTS + 1)
    .get()
  return data
}

const assertUnder = (recent: BindAttemptDoc[], allowed: number, now: Date): void => {
  if (recent.length <= allowed) return
  const oldestCounted = recent[Math.min(recent.length, MAX_ATTEMPTS) - 1]
  const minutes = Math.max(1, Math.ceil((new Date(oldestCounted.at).getTime() + WINDOW_MS - now.getTime()) / 60000))
  throw new AppError('RATE_LIMITED', `绑定尝试次数过多，请 ${minutes} 分钟后再试`)
}

/**
 * Counts this attempt and decides in one step that needs no transaction: the attempt is appended
 * first (an insert is atomic), then the window is read back. Every attempt that appended before
 * this read is seen, so with N parallel distinct guesses the k-th to append sees at least k: at
 * most MAX_ATTEMPTS of them ever go on to check a name and phone, whatever the concurrency. The
 * attempt's `_id` is the user and the guess, so a retried request (the same guess again) is one
 * attempt: it tells an attacker nothing new, and a genuine user's retries are not locked out.
 */
export const countAttempt = async (db: Database, openid: string, guess: string, now: Date): Promise<void> => {
  assertUnder(await recentAttempts(db, openid, now), MAX_ATTEMPTS - 1, now)
  const _id = createHash('sha256').update(`${openid}\n${guess}`).digest('hex')
  await attempts(db)
    .add({ data: { _id, openid, at: now } })
    .catch((error: unknown) => {
      if (!isDuplicateKeyError(error)) throw error
    })
  assertUnder(await recentAttempts(db, openid, now), MAX_ATTEMPTS, now)
}
