import type { TimerContext } from '../common/handler'
import { sealBallots } from './ballots'
import { reviewsOf } from './store'

/**
 * Nightly: reviews whose voting ended by the clock are marked closed and
 * their ballot keys deleted, so anonymity does not wait for the secretary.
 */
export const sealDueReviews = async ({ db, now }: TimerContext): Promise<{ sealed: number }> => {
  const { data } = await reviewsOf(db)
    .where({ status: 'open', closesAt: db.command.lte(now) })
    .limit(1000)
    .get()
  for (const review of data) {
    await reviewsOf(db)
      .doc(review._id)
      .update({ data: { status: 'closed', closedAt: now, updatedAt: now } })
    await sealBallots(db, review._id)
  }
  return { sealed: data.length }
}
