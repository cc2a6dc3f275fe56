import { AppError } from '../../common/errors'
import { collections } from '../../common/db/collections'
import type { Database } from '../../common/db/database'
import type { BindAttemptDoc } from '../../common/db/models/members'

/** Five failed binding attempts within 15 minutes lock binding for this WeChat user for 15 minutes. */
export const MAX_FAILURES = 5
const WINDOW_MS = 15 * 60 * 1000

const attempts = (db: Database) => db.collection<BindAttemptDoc>(collections.bindAttempts.name)

const current = async (db: Database, openid: string): Promise<BindAttemptDoc | undefined> =>
  (await attempts(db).where({ _id: openid }).limit(1).get()).data[0]

export const assertNotLocked = async (db: Database, openid: string, now: Date): Promise<void> => {
  const doc = await current(db, openid)
  if (doc?.lockedUntil && new Date(doc.lockedUntil) > now) {
    const minutes = Math.ceil((new Date(doc.lockedUntil).getTime() - now.getTime()) / 60000)
    throw new AppError('RATE_LIMITED', `绑定尝试次数过多，请 ${minutes} 分钟后再试`)
  }
}

export const recordFailure = async (db: Database, openid: string, now: Date): Promise<void> => {
  const doc = await current(db, openid)
  const inWindow = doc && now.getTime() - new Date(doc.windowStart).getTime() < WINDOW_MS
  const failures = inWindow ? doc.failures + 1 : 1
  await attempts(db)
    .doc(openid)
    .set({
      data: {
        failures,
        windowStart: inWindow ? doc.windowStart : now,
        lockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + WINDOW_MS) : null,
      },
    })
}
